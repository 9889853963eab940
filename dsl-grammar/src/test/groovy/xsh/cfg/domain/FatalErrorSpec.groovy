package xsh.cfg.domain

import spock.lang.Specification
import spock.lang.Unroll

import static xsh.cfg.domain.DomainSupport.*

class FatalErrorSpec extends Specification {

    @Unroll
    def "#what: xl's message at the key, and no config"() {
        when:
        def result = read(text)

        then:
        !result.isOk()
        result.exitCode() == exit
        result.errors().size() == 1
        def error = result.fatalError().get()
        error.render().startsWith(where)
        error.message().startsWith(xlMessage)

        where:
        what                         | text                                                           || where          | xlMessage                                                    | exit
        'no name'                    | 'kernel="/k"\n'                                                || 'g.cfg: '       | 'Domain name must be specified.'                             | 1
        'a bad type'                 | 'type="xyz"\n' + MINIMAL                                       || 'g.cfg:1:1: '   | 'Invalid domain type xyz.'                                   | 1
        'a type longer than hvm'     | 'type="hvmx"\n' + MINIMAL                                      || 'g.cfg:1:1: '   | 'Invalid domain type hvmx.'                                  | 1
        'a bad builder'              | 'builder="linux"\n' + MINIMAL                                  || 'g.cfg:1:1: '   | 'Invalid domain type linux.'                                 | 1
        'builder against type'       | 'type="pv"\nbuilder="hvm"\n' + MINIMAL                         || 'g.cfg:2:1: '   | 'Contradicting "builder" and "type" options specified.'      | 1
        'maxvcpus below vcpus'       | MINIMAL + 'vcpus=4\nmaxvcpus=2\n'                              || 'g.cfg:4:1: '   | 'xl: maxvcpus < vcpus'                                       | 1
        'a negative maxvcpus'        | MINIMAL + 'maxvcpus="-1"\n'                                    || 'g.cfg:3:1: '   | 'xl: maxvcpus < vcpus'                                       | 1
        'an unknown on_crash'        | MINIMAL + 'on_crash="explode"\n'                               || 'g.cfg:3:1: '   | 'Unknown on_crash action "explode" specified'                | 1
        'on_reboot in upper case'    | MINIMAL + 'on_reboot="Restart"\n'                              || 'g.cfg:3:1: '   | 'Unknown on_reboot action "Restart" specified'               | 1
        'an underscore spelling'     | MINIMAL + 'on_poweroff="soft_reset"\n'                         || 'g.cfg:3:1: '   | 'Unknown on_poweroff action "soft_reset" specified'          | 1
        'a bad on_watchdog'          | MINIMAL + 'on_watchdog=""\n'                                   || 'g.cfg:3:1: '   | 'Unknown on_watchdog action "" specified'                    | 1
        'a bad on_soft_reset'        | MINIMAL + 'on_soft_reset="reset"\n'                            || 'g.cfg:3:1: '   | 'Unknown on_soft_reset action "reset" specified'             | 1
        'a bad uuid'                 | MINIMAL + 'uuid="bad"\n'                                       || 'g.cfg:3:1: '   | 'Failed to parse UUID: bad'                                  | 1
        'a uuid with short groups'   | MINIMAL + 'uuid="1-2-3-4-5"\n'                                 || 'g.cfg:3:1: '   | 'Failed to parse UUID: 1-2-3-4-5'                            | 1
        'a PV guest without kernel'  | 'name="g"\nmemory=512\n'                                       || 'g.cfg: '       | 'Neither kernel nor bootloader specified'                    | 1
        'a PVH guest without kernel' | 'name="g"\ntype="pvh"\n'                                       || 'g.cfg: '       | 'Neither kernel nor bootloader specified'                    | 1
        'PV kernel and firmware'     | MINIMAL + 'firmware="pvgrub64"\n'                              || 'g.cfg:3:1: '   | 'ERROR: both kernel and firmware specified'                  | 1
        'PV firmware not pvgrub'     | 'name="g"\nfirmware="ovmf"\n'                                  || 'g.cfg:2:1: '   | 'ERROR: only pvgrub{32|64} supported as firmware options'    | 1
        'an unknown HVM bios'        | 'type="hvm"\nname="g"\nbios="award"\n'                         || 'g.cfg:3:1: '   | 'ERROR: invalid value "award" for "bios"'                    | 1
        'an unknown vga'             | 'type="hvm"\nname="g"\nvga="vmware"\n'                         || 'g.cfg:3:1: '   | 'Unknown vga "vmware" specified'                             | 1
        'an unknown DM version'      | MINIMAL + 'device_model_version="qemu"\n'                      || 'g.cfg:3:1: '   | 'Unknown device_model_version "qemu" specified'              | 1
        'a display twice'            | 'type="hvm"\nname="g"\nvnclisten="0.0.0.0:1"\nvncdisplay=2\n'  || 'g.cfg:4:1: '   | 'ERROR: Display specified both in vnclisten and vncdisplay!' | 1
        'a bad enlightenment'        | 'type="hvm"\nname="g"\nviridian=["base","!warp"]\n'            || 'g.cfg:3:18: '  | "xl: unknown viridian enlightenment 'warp'"                   | 3
        'a negative vcpus'           | MINIMAL + 'vcpus="-2"\n'                                       || 'g.cfg:3:1: '   | 'Unable to allocate cpumap'                                  | 1
        'grant frames out of range'  | MINIMAL + 'max_grant_frames="-1"\n'                            || 'g.cfg:3:1: '   | '`max_grant_frames` must be a number from 0 to 2147483647'   | 1
        'grant frames not a number'  | MINIMAL + 'max_maptrack_frames="lots"\n'                       || 'g.cfg:3:1: '   | '`max_maptrack_frames` must be a number'                     | 1
    }

    def "the error points at the key's line and column, indented or not"() {
        expect:
        fatal(MINIMAL + '\n   on_crash = "explode"\n') ==
                'g.cfg:4:4: Unknown on_crash action "explode" specified (expected one of destroy, restart, ' +
                'rename-restart, preserve, coredump-destroy, coredump-restart, soft-reset)'
    }

    def "the first fatal error in xl's order ends the reading; warnings before it are kept"() {
        when:
        def result = read('memory=[1]\non_crash="explode"\nuuid="bad"\n')

        then: 'xl reads the name before memory, and memory before on_crash'
        result.errors()*.message() == ['Domain name must be specified.']
        result.warnings() == []

        when:
        result = read('name="g"\nmemory=[1]\non_crash="explode"\nuuid="bad"\n')

        then: 'the uuid comes before memory, and the memory warning before on_crash is never reached'
        result.errors()*.message()[0].startsWith('Failed to parse UUID: bad')
        result.warnings() == []

        when:
        result = read('name="g"\nmemory=[1]\non_crash="explode"\n')

        then:
        result.warnings()*.line == [2]
        result.errors()*.message()[0].startsWith('Unknown on_crash action')
    }

    def "a file with syntax errors is not read at all"() {
        when:
        def result = read('name="g"\nkernel=\n')

        then:
        !result.isOk()
        result.exitCode() == 1
        result.errors().size() == 1
        result.errors()[0].line() == 2
    }

    def "orElseThrow carries the rendered error and xl's exit code"() {
        when:
        read('type="hvm"\nname="g"\nviridian=["warp"]\n').orElseThrow()

        then:
        def e = thrown(xsh.error.XshException)
        e.message.startsWith("g.cfg:3:11: xl: unknown viridian enlightenment 'warp'")
        e.exitCode() == 3
    }
}
