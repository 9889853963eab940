package xsh.toolstack.vmcontrol

import spock.lang.Specification
import xsh.error.MultiLineException
import xsh.error.XshException
import xsh.toolstack.fake.FakeHypervisor

class VmControlSpec extends Specification {

    def hv = new FakeHypervisor()
    def control = new VmControl(hv, false)

    def setup() {
        hv.add(domid: 3, name: 'web', running: true)
        hv.add(domid: 4, name: 'db', running: true)
    }

    def "pauses nest and each unpause undoes one"() {
        when:
        control.pause('web')
        control.pause('3')

        then:
        hv.fake(3).pauseCount == 2

        when:
        control.unpause('web')

        then:
        hv.fake(3).pauseCount == 1
    }

    def "a failed #command is a failure, unlike in xl: libxl's line, then '#command failed (rc=N)'"() {
        when:
        control."$command"(domain)

        then:
        def e = thrown(MultiLineException)
        e.lines() == lines
        e.exitCode() == 1

        where:
        command   | domain | lines
        'unpause' | 'web'  | ['Domain 3:Unpausing domain: Invalid argument', 'unpause failed (rc=-3)']
        'pause'   | '9'    | ['Domain 9:Non-existant domain', 'pause failed (rc=-21)']
        'unpause' | '9'    | ['Domain 9:Non-existant domain', 'unpause failed (rc=-21)']
        'pause'   | '0'    | ['Domain 0:Pausing domain: Invalid argument', 'pause failed (rc=-3)']
    }

    def "as xl, a failed #command is libxl's line and no failure"() {
        when:
        def call = control."$command"(domain)

        then:
        call.domid() == domid
        call.libxlError() == Optional.of(line)

        where:
        command        | domain | domid | line
        'unpauseAsXl'  | 'web'  | 3     | 'Domain 3:Unpausing domain: Invalid argument'
        'pauseAsXl'    | '9'    | 9     | 'Domain 9:Non-existant domain'
        'pauseAsXl'    | '0'    | 0     | 'Domain 0:Pausing domain: Invalid argument'
    }

    def "as xl, a pause that works logs nothing, and pauses still nest"() {
        when:
        def first = control.pauseAsXl('web')
        def second = control.pauseAsXl('3')
        def undone = control.unpauseAsXl('web')

        then:
        [first, second, undone]*.libxlError() == [Optional.empty()] * 3
        hv.fake(3).pauseCount == 1
    }

    def "as xl too, a domain argument that names nothing is an error: #command"() {
        when:
        control."$command"('nosuch')

        then:
        def e = thrown(XshException)
        e.message == 'nosuch is an invalid domain identifier (rc=-6)'
        hv.calls.isEmpty()

        where:
        command << ['pauseAsXl', 'unpauseAsXl']
    }

    def "a domain argument that names nothing fails before any hypervisor call: #command"() {
        when:
        control."$command"('nosuch')

        then:
        def e = thrown(XshException)
        e.message == 'nosuch is an invalid domain identifier (rc=-6)'
        e.exitCode() == 1
        hv.calls.isEmpty()

        where:
        command << ['pause', 'unpause']
    }

    def "destroy removes the domain in any state"() {
        given:
        hv.fake(3).pauseCount = 2

        when:
        control.destroy('web', false)

        then:
        hv.domainNamed('web').isEmpty()
        hv.calls == ['destroy 3']
    }

    def "destroying Domain-0 needs -f: xl's two lines and a blank one, exit code 1 (#argument)"() {
        when:
        control.destroy(argument, false)

        then:
        def e = thrown(MultiLineException)
        e.lines() == ['Not destroying domain 0; use -f to force.',
                      'This can only be done when using a disaggregated hardware domain and toolstack.',
                      '']
        e.exitCode() == 1
        hv.calls.isEmpty()

        where:
        argument << ['0', 'Domain-0', '', '4294967296']
    }

    def "destroy -f passes the force on to the host"() {
        when:
        control.destroy('0', true)

        then:
        hv.calls == ['destroy 0 force']
    }

    def "destroying a domid that does not exist: libxl's line and 'destroy failed (rc=-21)'"() {
        when:
        control.destroy('9', false)

        then:
        def e = thrown(MultiLineException)
        e.lines() == ['Domain 9:Non-existant domain', 'destroy failed (rc=-21)']
        e.exitCode() == 1
    }

    def "rename gives the domain its new name"() {
        when:
        control.rename('web', 'www')

        then:
        hv.domainNamed('www').get().domid() == 3
    }

    def "a rename libxl refuses: its line, then xl's naming the argument as given"() {
        when:
        control.rename('3', 'db')

        then:
        def e = thrown(MultiLineException)
        e.lines() == ['Domain with name "db" already exists.', "Can't rename domain '3'."]
        e.exitCode() == 1
    }

    def "a new name that would take the domain's files out of their directory is refused, nothing renamed: #newName"() {
        when:
        control.rename('web', newName)

        then:
        def e = thrown(MultiLineException)
        e.lines() == ["Domain name \"$newName\" is refused: it names the domain's files (its core dump) and $what would put them outside their directory.",
                      "Can't rename domain 'web'."]
        e.exitCode() == 1
        hv.domainNamed('web').isPresent()

        where:
        newName | what
        '../x'  | "a '/'"
        'a/'    | "a '/'"
        '..'    | '".." as a file name'
    }

    def "an empty new name is allowed, as libxl allows it"() {
        when:
        control.rename('web', '')

        then:
        hv.domainNamed('').isPresent()
    }
}
