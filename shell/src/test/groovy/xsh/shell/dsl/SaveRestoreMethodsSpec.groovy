package xsh.shell.dsl

import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.error.XshException

class SaveRestoreMethodsSpec extends Specification {

    @TempDir
    Path home

    DslHarness dsl

    def setup() {
        dsl = new DslHarness(home)
    }

    def "save writes the image, destroys the domain, and returns what it did"() {
        given:
        def web = dsl.guest('web')
        def image = home.resolve('web.save')

        when:
        Saved saved = dsl.run("save 'web', '$image'")

        then:
        Files.size(image) == saved.size.bytes()
        saved.file == image
        saved.domain.name == 'web'
        saved.domain.id == web.id
        saved.then == 'destroyed'
        saved.toString() == "web saved to $image (${saved.size}), destroyed"
        dsl.err.contains("Saving to $image new xl format")
        dsl.run("domain 'web'") == null
    }

    def "save's named arguments: pause leaves it paused, keepRunning lets it run on"() {
        given:
        dsl.guest('web')

        when:
        Saved saved = dsl.run("save 'web', '${home.resolve('web.save')}', $options")

        then:
        saved.then == then
        dsl.run("domain('web').paused") == paused

        where:
        options             || then      | paused
        'pause: true'       || 'paused'  | true
        'keepRunning: true' || 'running' | false
    }

    def "the file may be a GString, a Path or a File"() {
        given:
        dsl.guest('web')

        expect:
        dsl.run("def n = 1; save('web', $file, keepRunning: true).file.fileName.toString()") == 'w-1.save'

        where:
        file << ['"${home}/w-${n}.save"', 'java.nio.file.Path.of(home, "w-1.save")', 'new File(home, "w-1.save")']
    }

    def "the tutorial's checkpoint loop, as a script: save paused, snapshot the disk, unpause"() {
        given:
        dsl.run("zfs.create 'zroot/debian', volume: new Size(64 * Size.MIB)")
        dsl.guest('debian')

        when:
        List<Saved> saved = dsl.run("""
            (1..3).collect { i ->
                def d = domain('debian')
                def s = save d, "${home}/debian-\${i}.save", pause: true
                zfs.snapshot "zroot/debian@\${i}"
                unpause d
                s
            }
        """)

        then:
        saved*.then == ['paused'] * 3
        saved*.file*.fileName*.toString() == ['debian-1.save', 'debian-2.save', 'debian-3.save']
        dsl.run("zfs.list('zroot/debian', type: 'snapshot')*.name") == ['zroot/debian@1', 'zroot/debian@2', 'zroot/debian@3']
        dsl.run("domain('debian').paused") == false
    }

    def "restore brings a saved domain back under its name and returns it; paused leaves it paused"() {
        given:
        dsl.guest('web')
        def image = home.resolve('web.save')
        dsl.run("save 'web', '$image'")

        when:
        Domain d = dsl.run("restore '$image', paused: true")

        then:
        d.name == 'web'
        d.paused
        dsl.run("domain('web').id") == d.id
    }

    def "restore with config builds from that file instead of the image's"() {
        given:
        dsl.guest('web')
        def image = home.resolve('web.save')
        dsl.run("save 'web', '$image'")
        def other = dsl.config('web', 'on_crash = "preserve"')

        when:
        Domain d = dsl.run("restore '$image', config: '$other'")

        then:
        d.name == 'web'
        !d.paused
    }

    def "an image that is not there is xl's message, and nothing is built"() {
        when:
        dsl.run("restore '${home.resolve('none.save')}'")

        then:
        def e = thrown(XshException)
        e.exitCode() == 1
        e.message == "Can't open restore file: No such file or directory"
        dsl.host { it.domains() }.size() == 1
    }
}
