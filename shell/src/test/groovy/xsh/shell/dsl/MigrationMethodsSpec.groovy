package xsh.shell.dsl

import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.error.XshException

class MigrationMethodsSpec extends Specification {

    @TempDir
    Path home

    DslHarness dsl

    def setup() {
        dsl = new DslHarness(home)
        dsl.guest('web')
        dsl.hosts.open('h2').close()
    }

    def "under --dry-run #call prints 'dry-run: #line' and migrates nothing"() {
        when:
        def result = dsl.run(call, true)

        then:
        result == null
        dsl.out == "dry-run: $line\n"
        dsl.run("domain('web').running")

        where:
        call                                                          || line
        "migrate 'web', to: 'local:h2'"                               || 'migrate web local:h2'
        "migrate domain('web'), to: 'local:h2', paused: true"         || 'migrate -p web local:h2'
        "migrate 'web', to: 'h2.lan', ssh: 'ssh -p 2222'"             || "migrate -s 'ssh -p 2222' web h2.lan"
        "migrate 'web', to: 'local:h2', withStorage: true"            || 'migrate --with-storage web local:h2'
        "migrateAll to: 'local:h2'"                                   || 'migrate --all local:h2'
    }

    def "#call fails with '#message', exit code 1, and the domain runs on here"() {
        when:
        dsl.run(call)

        then:
        XshException e = thrown()
        e.message == message
        e.exitCode() == 1
        dsl.run("domain('web').running")

        where:
        call                                            || message
        "migrate 'web'"                                 || 'migrate: argument \'to\' is required'
        "migrate 'web', to: 'local:nosuch'"             || 'migrate: local:nosuch: there is no embedded host named nosuch (host create nosuch makes one)'
        "migrate 'web', to: 'h2', sshh: 'x'"            || "migrate: unknown argument 'sshh' (it takes to, paused, ssh, withStorage)"
        "migrateAll to: 'local:nosuch'"                 || 'migrate: local:nosuch: there is no embedded host named nosuch (host create nosuch makes one)'
        "migrate 'web', to: 'h2', ssh: '/nonexistent/ssh'" || 'migrate: cannot run /nonexistent/ssh: No such file or directory'
    }

    def "migrate moves the domain to the other host and returns the report; migrateAll the outcomes, past a failure"() {
        given:
        dsl.guest('db')
        dsl.guest('mx')
        def h2 = dsl.hosts.open('h2')
        h2.create(dsl.hosts.open('default').definition(dsl.host { it.domainNamed('mx').get().domid() }).get(), false)
        h2.close()

        when:
        def report = dsl.run("migrate 'web', to: 'local:h2'")

        then:
        report.domain() == 'web'
        report.target() == 'local:h2'
        report.rounds() >= 1
        report.targetDomid() > 0
        dsl.err.contains('Migration successful.')
        dsl.run("domain 'web'") == null
        onH2 { it.domainNamed('web').isPresent() }

        when:
        List outcomes = dsl.run("migrateAll to: 'local:h2'")

        then:
        outcomes*.domain() == ['db', 'mx']
        outcomes*.ok() == [true, false]
        outcomes[1].error() ==~ /.*Migration failed, resuming at sender\./
        dsl.err.contains("mx: ${outcomes[1].error()}")
        dsl.run("list().findAll { !it.domain0 }*.name") == ['mx']
        dsl.run("domain('mx').running")
    }

    def onH2(Closure query) {
        def hv = dsl.hosts.open('h2')
        try {
            query(hv)
        } finally {
            hv.close()
        }
    }
}
