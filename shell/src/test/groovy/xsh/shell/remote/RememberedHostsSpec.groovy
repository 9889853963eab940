package xsh.shell.remote

import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir

class RememberedHostsSpec extends Specification {

    @TempDir
    Path home

    def "each host is remembered once, sorted; the file is replaced whole, leaving nothing else behind"() {
        given:
        def remembered = new RememberedHosts(home.resolve('new-home'))

        when:
        remembered.remember(SshTarget.parse('ssh://root@h2'))
        remembered.remember(SshTarget.parse('ssh://admin@h1:2222'))
        remembered.remember(SshTarget.parse('ssh://root@h2'))

        then:
        remembered.names() == ['ssh://admin@h1:2222', 'ssh://root@h2']
        Files.readString(home.resolve('new-home/remote-hosts')) == 'ssh://admin@h1:2222\nssh://root@h2\n'
        Files.list(home.resolve('new-home')).map { it.fileName.toString() }.toList() == ['remote-hosts']
    }

    def "no file: no hosts"() {
        expect:
        new RememberedHosts(home).names() == []
    }
}
