package xsh.shell.dsl

import groovy.transform.NamedParam
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.error.XshException
import xsh.hv.DomainInfo
import xsh.hv.DomainState

class ArgumentConversionSpec extends Specification {

    @TempDir
    Path home

    def "an unknown named argument is an error naming it and the method, with the ones it takes"() {
        given:
        def dsl = new DslHarness(home)
        dsl.guest('web')

        when:
        dsl.run(call)

        then:
        def e = thrown(XshException)
        e.message == message
        e.exitCode() == 1

        where:
        call                                        || message
        "save 'web', 'w.save', pasue: true"         || "save: unknown argument 'pasue' (it takes pause, keepRunning, preserveDomid, config)"
        "destroy 'web', forse: true"                || "destroy: unknown argument 'forse' (it takes force)"
        "create 'web.cfg', vncviewer: true"         || "create: unknown argument 'vncviewer' (it takes paused, quiet, monitor, overrides)"
    }

    def "a named argument of the wrong kind is an error naming it"() {
        given:
        def dsl = new DslHarness(home)
        dsl.guest('web')

        when:
        dsl.run(call)

        then:
        def e = thrown(XshException)
        e.message == message

        where:
        call                                         || message
        "save 'web', 'w.save', pause: 'yes'"         || "save: argument 'pause' must be true or false, not 'yes'"
        "schedCredit2 'web', weight: '512'"          || "schedCredit2: argument 'weight' must be a whole number, not '512'"
        "zfs.clone 'a@1', 'b', properties: 'x=y'"    || "zfs.clone: argument 'properties' must be a map of property names to values, not 'x=y'"
    }

    def "the names a method takes are read from its @NamedParam declarations"() {
        expect:
        NamedArguments.names(XshDsl, 'save') as List == ['pause', 'keepRunning', 'preserveDomid', 'config']
        NamedArguments.names(XshDsl, 'shutdown') as List == ['all', 'wait', 'timeout', 'acpiFallback']
        NamedArguments.names(ZfsCommands, 'create') as List == ['volume', 'sparse', 'parents', 'properties']
        NamedArguments.names(XshDsl, 'pause').isEmpty()
    }

    def "every map parameter of a public DSL method declares its named arguments"() {
        expect:
        [XshDsl, ZfsCommands].every { owner ->
            owner.declaredMethods.findAll { java.lang.reflect.Modifier.isPublic(it.modifiers) }.every { m ->
                m.parameterTypes.size() == 0 || m.parameterTypes[0] != Map
                        || m.parameterAnnotations[0].any { it instanceof groovy.transform.NamedParams || it instanceof NamedParam }
            }
        }
    }

    def "a domain is a Domain (its name), a name, or a domid"() {
        expect:
        DomainArgument.of('pause', domain) == word

        where:
        domain                || word
        'web'                 || 'web'
        "${'we'}b"            || 'web'
        7                     || '7'
        7L                    || '7'
        domainNamed('web', 3) || 'web'
        domainNamed('42', 3)  || '3'
    }

    def "anything else is not a domain"() {
        when:
        DomainArgument.of('pause', value)

        then:
        def e = thrown(XshException)
        e.message == message

        where:
        value  || message
        null   || 'pause: a domain is a Domain, a name or a domid, not null (null)'
        [1, 2] || 'pause: a domain is a Domain, a name or a domid, not [1, 2] (ArrayList)'
        -1     || 'pause: a domain is a Domain, a name or a domid, not -1 (Integer)'
    }

    def "a memory size is a Size, a number of MiB, or xl's text"() {
        expect:
        SizeArgument.memoryText('memSet', size) == text

        where:
        size                     || text
        new Size(512 * Size.MIB) || '524288k'
        new Size(1000)           || '1000b'
        512                      || '512'
        '2g'                     || '2g'
    }

    def "a storage size is a Size, a number of MiB, or zfs's text"() {
        expect:
        SizeArgument.bytes('zfs.create', size) == bytes

        where:
        size                   || bytes
        new Size(8 * Size.GIB) || 8 * Size.GIB
        64                     || 64 * Size.MIB
        '10G'                  || 10 * Size.GIB
        '512K'                 || 512 * Size.KIB
    }

    def "settings are a map of Groovy values or key=value words, as xl.cfg lines"() {
        expect:
        Settings.lines('create', 'overrides', value) == lines

        where:
        value                                          || lines
        [memory: 1024, name: 'web2']                   || ['memory=1024', 'name="web2"']
        [disk: ['/img/a,raw,xvda,rw'], vcpus: 2]       || ['disk=["/img/a,raw,xvda,rw"]', 'vcpus=2']
        [memory: new Size(2 * Size.GIB)]               || ['memory=2048']
        [name: 'say "hi"']                             || ['name="say \\"hi\\""']
        [acpi: true]                                   || ['acpi=1']
        ['memory=512', 'disk+=["/img/b,raw,xvdb,rw"]'] || ['memory=512', 'disk+=["/img/b,raw,xvdb,rw"]']
        'memory=512'                                   || ['memory=512']
    }

    def "a setting that is not key=value is refused"() {
        when:
        Settings.lines('create', 'overrides', ['memory'])

        then:
        def e = thrown(XshException)
        e.message == "create: argument 'overrides' must be a map or key=value settings, not 'memory'"
    }

    def "a command line is quoted where the shell would split or read a word"() {
        expect:
        CommandText.of('save', *words).toString() == line

        where:
        words                           || line
        ['web', 'w-1.save', '-p']       || 'save web w-1.save -p'
        ['web', 'my image.save']        || "save web 'my image.save'"
        ['web', "it's.save"]            || "save web 'it'\\''s.save'"
        ['web', 'a;b']                  || "save web 'a;b'"
        ['web', '']                     || "save web ''"
    }

    private static Domain domainNamed(String name, int domid) {
        new Domain(new DomainInfo(domid, name, UUID.randomUUID(), xsh.cfg.domain.DomainType.PV,
                new DomainState(true, false, 0, Optional.empty(), false), 1024, 1024, 1024, 1, 1, 0,
                java.time.Instant.EPOCH, 'Pool-0'), java.time.Instant.EPOCH)
    }
}
