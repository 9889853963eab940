package xsh.toolstack.vmcontrol

import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.error.XshException

class ConfigFileReaderSpec extends Specification {

    @TempDir
    Path dir

    String file(String text) {
        def path = dir.resolve('d.cfg')
        java.nio.file.Files.writeString(path, text)
        path.toString()
    }

    def "key=value words follow the file as xl appends them: #overrides"() {
        expect:
        new String(ConfigFileReader.read(Optional.of(file('a=1\n')), overrides).bytes(), 'UTF-8') == text

        where:
        overrides                      | text
        []                             | 'a=1\n'
        ['b=2']                        | 'a=1\n\nb=2\n\n'
        ['b=2', 'disk+=["/x,,xvdb"]']  | 'a=1\n\nb=2\ndisk+=["/x,,xvdb"]\n\n'
        ['name="é"']                   | 'a=1\n\nname="é"\n\n'
    }

    def "the file without a final newline still gets the arguments on lines of their own"() {
        expect:
        new String(ConfigFileReader.read(Optional.of(file('a=1')), ['b=2']).bytes(), 'UTF-8') == 'a=1\nb=2\n\n'
    }

    def "the source is named as the user wrote the file"() {
        expect:
        ConfigFileReader.read(Optional.of(file('')), []).name() == dir.resolve('d.cfg').toString()
    }

    def "an unreadable file is xl's message and exit code 3: #what"() {
        given:
        def path = setUp(dir)

        when:
        ConfigFileReader.read(Optional.of(path), [])

        then:
        def e = thrown(XshException)
        e.message == "Failed to read config file: $path: $reason"
        e.exitCode() == 3

        where:
        what           | setUp                                                          | reason
        'missing'      | { Path d -> d.resolve('nope.cfg').toString() }                 | 'No such file or directory'
        'a directory'  | { Path d -> d.toString() }                                     | 'Inappropriate ioctl for device'
        'a device'     | { Path d -> '/dev/zero' }                                      | 'Inappropriate ioctl for device'
        'empty'        | { Path d -> '' }                                               | 'No such file or directory'
    }

    def "/dev/null is an empty file, as xl reads it"() {
        expect:
        ConfigFileReader.read(Optional.of('/dev/null'), ['name="x"']).bytes() == '\nname="x"\n\n'.bytes
    }

    def "without a file there is nothing to create from: exit code 6"() {
        when:
        ConfigFileReader.read(Optional.empty(), ['name="x"'])

        then:
        def e = thrown(XshException)
        e.message == 'Config file not specified and none in save file'
        e.exitCode() == 6
    }
}
