package xsh.toolstack.vmcontrol

import spock.lang.Specification
import xsh.cfg.source.ConfigSource
import xsh.error.MultiLineException
import xsh.error.XshException
import xsh.hv.HvError
import xsh.hv.HvException
import xsh.toolstack.fake.FakeHypervisor

class DomainCreatorSpec extends Specification {

    def hv = new FakeHypervisor()

    static TypedConfig config(String name, int memory = 512) {
        ConfigTyper.type(ConfigSource.of('d.cfg', "name=\"$name\"\nkernel=\"/k\"\nmemory=$memory\n"))
    }

    def "create builds the domain running, or paused with -p"() {
        when:
        def domain = new DomainCreator(hv, false).create(config('web'), paused)

        then:
        domain.name() == 'web'
        domain.state().paused() == paused
        hv.calls == [paused ? 'create web paused' : 'create web']

        where:
        paused << [false, true]
    }

    def "a name already taken is libxl's line, 'cannot make domain: -6', and exit code 6, the host not asked"() {
        given:
        def creator = new DomainCreator(hv, false)
        creator.create(config('web'), false)

        when:
        creator.create(config('web'), false)

        then:
        def e = thrown(MultiLineException)
        e.lines() == ['Domain with name "web" already exists.', 'cannot make domain: -6']
        e.exitCode() == 6
        hv.calls == ['create web']
    }

    def "a name that would take its files out of their directory is refused, the host not asked: #name"() {
        when:
        new DomainCreator(hv, false).create(config(name), false)

        then:
        def e = thrown(XshException)
        e.message == "Domain name \"$name\" is refused: it names the domain's files (its core dump) and $what would put them outside their directory."
        e.exitCode() == 1
        hv.calls == []

        where:
        name   | what
        '../x' | "a '/'"
        'a/b'  | "a '/'"
        '/'    | "a '/'"
        '..'   | '".." as a file name'
        '.'    | '"." as a file name'
    }

    def "any other name is taken literally, as xl takes it: #name"() {
        when:
        def domain = new DomainCreator(hv, false).create(config(name), false)

        then:
        domain.name() == name

        where:
        name << ['x;touch pwned', '$(touch pwned)', 'has space', "q'uote", '...', '.x', 'x..']
    }

    def "Domain-0's name is taken too"() {
        when:
        new DomainCreator(hv, false).create(config('Domain-0'), false)

        then:
        def e = thrown(MultiLineException)
        e.exitCode() == 6
    }

    def "memory that does not fit fails the build: exit code 3"() {
        when:
        new DomainCreator(hv, false).create(config('huge', 1024 * 1024), false)

        then:
        def e = thrown(MultiLineException)
        e.lines().last() == 'cannot (re-)build domain: -3'
        e.exitCode() == 3
    }

    def "libxl's refusal #error is exit code #exit"() {
        when:
        def failure = CreateFailure.of(new HvException(error, 'libxl says no'), false)

        then:
        failure.lines() == ['libxl says no'] + trailer
        failure.exitCode() == exit

        where:
        error                    | trailer                             | exit
        HvError.INVAL            | []                                  | 6
        HvError.NOMEM            | ['cannot (re-)build domain: -3']    | 3
        HvError.FAIL             | ['cannot (re-)build domain: -3']    | 3
        HvError.NOTFOUND         | []                                  | 23
        HvError.DOMAIN_NOTFOUND  | []                                  | 21
    }
}
