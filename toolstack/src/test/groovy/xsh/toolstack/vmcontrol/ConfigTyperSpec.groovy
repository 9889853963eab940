package xsh.toolstack.vmcontrol

import spock.lang.Specification
import xsh.cfg.source.ConfigSource
import xsh.error.MultiLineException

class ConfigTyperSpec extends Specification {

    static final String PV = 'name = "web"\ntype = "pv"\nkernel = "/boot/vmlinuz"\nmemory = 512\nvcpus = 2\n'

    static TypedConfig type(String text, List<String> overrides = []) {
        ConfigTyper.type(ConfigSource.of('web.cfg', ConfigFileReader.withOverrides(text.getBytes('UTF-8'), overrides)))
    }

    def "a valid file gives the definition to build from, keeping the text it was read from"() {
        when:
        def typed = type(PV)

        then:
        typed.name() == 'web'
        typed.definition().config().memory().targetMib() == 512
        typed.definition().source().name() == 'web.cfg'
        typed.warnings().isEmpty()
    }

    def "an override wins over the file and += adds to the file's list: #overrides"() {
        when:
        def config = type(PV + 'disk = ["/img/a,raw,xvda,rw"]\n', overrides).definition().config()

        then:
        config.name() == name
        config.memory().targetMib() == memory
        config.disks()*.vdev() == vdevs

        where:
        overrides                                      | name   | memory | vdevs
        []                                             | 'web'  | 512    | ['xvda']
        ['memory=1024']                                | 'web'  | 1024   | ['xvda']
        ['name="web2"', 'memory=256']                  | 'web2' | 256    | ['xvda']
        ['memory=1024', 'memory=2048']                 | 'web'  | 2048   | ['xvda']
        ['disk+=["/img/b,raw,xvdb,rw"]']               | 'web'  | 512    | ['xvda', 'xvdb']
    }

    def "warnings are kept for the face to print, and the file is still usable"() {
        when:
        def typed = type(PV + 'vcpus = [1]\n')

        then:
        typed.warnings()*.render() == ['web.cfg:6:9: warning: `vcpus` should be a single value, not a list; ignored']
        typed.definition().config().vcpus().online() == 1
    }

    def "a syntax error anywhere: every error, then xl's verdict, exit code 1"() {
        when:
        type('name = "web"\na = \nB = 1\n')

        then:
        def e = thrown(MultiLineException)
        e.exitCode() == 1
        e.lines().size() == 3
        e.lines()[0].startsWith('web.cfg:2:')
        e.lines()[1].startsWith('web.cfg:3:1: ')
        e.lines()[2] == 'Failed to parse config: Invalid argument'
    }

    def "an override with a syntax error is reported past the file's last line"() {
        when:
        type(PV, ['memory=1 2'])

        then:
        def e = thrown(MultiLineException)
        e.lines()[0].startsWith('web.cfg:7:')   // 5 lines, the blank line xl adds, then the argument
        e.lines().last() == 'Failed to parse config: Invalid argument'
    }

    def "xl's first fatal error ends the reading with its message: #text"() {
        when:
        type(text)

        then:
        def e = thrown(MultiLineException)
        e.exitCode() == 1
        e.lines().last().contains(message)
        !e.lines().contains('Failed to parse config: Invalid argument')

        where:
        text                                        | message
        'type = "pv"\nkernel = "/k"\n'              | 'Domain name must be specified.'
        'name = "x"\ntype = "pv"\n'                 | 'Neither kernel nor bootloader specified'
        'name = "x"\ntype = "xyz"\n'                | 'Invalid domain type xyz.'
    }
}
