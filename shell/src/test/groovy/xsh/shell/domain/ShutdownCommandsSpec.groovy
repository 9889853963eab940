package xsh.shell.domain

import picocli.CommandLine
import spock.lang.Specification
import xsh.cfg.domain.DomainType
import xsh.hv.ShutdownRequest
import xsh.shell.ShellHarness
import xsh.toolstack.vmcontrol.ShutdownOptions

class ShutdownCommandsSpec extends Specification {

    def shell = new ShellHarness()

    def setup() {
        shell.host.add(domid: 3, name: 'web', running: true)
        shell.host.add(domid: 5, name: 'win', type: DomainType.HVM, running: true)
        shell.host.withoutPvDrivers << 'win'
        shell.host.looksUntilShutdown = 1
    }

    def "#args tells each step on stderr as xl does, and prints nothing on stdout"() {
        when:
        def r = shell.run(args as String[])

        then:
        r.code == 0
        r.out == ''
        r.errLines == lines

        where:
        args                              | lines
        ['shutdown', 'web']               | ['Shutting down domain 3']
        ['reboot', '3']                   | ['Rebooting domain 3']
        ['shutdown', '-w', 'web']         | ['Shutting down domain 3', 'Waiting for 1 domains', 'Domain 3 has been destroyed']
        ['shutdown', '-F', 'win']         | ['Shutting down domain 5',
                                             'PV control interface not available: sending ACPI power button event.']
        ['reboot', '-F', 'win']           | ['Rebooting domain 5',
                                             'PV control interface not available: sending ACPI reset button event.']
        ['shutdown', '-a', '-F', '-w']    | ['Shutting down domain 3', 'Shutting down domain 5',
                                             'PV control interface not available: sending ACPI power button event.',
                                             'Waiting for 2 domains', 'Domain 3 has been destroyed',
                                             'Domain 5 has been destroyed']
    }

    def "#args fails with xl's lines, the steps before it told first"() {
        when:
        def r = shell.run(args as String[])

        then:
        r.code == 1
        r.err == text

        where:
        args                   | text
        ['shutdown']           | 'You must specify -a or a domain id.\n\n'
        ['reboot', '-w']       | 'You must specify -a or a domain id.\n\n'
        ['shutdown', 'win']    | 'Shutting down domain 5\n' +
                                 'PV control interface not available: external graceful shutdown not possible.\n' +
                                 'Use "-F" to fallback to ACPI power event.\n' +
                                 'shutdown failed (rc=-10)\n'
        ['reboot', 'win']      | 'Rebooting domain 5\n' +
                                 'PV control interface not available: external graceful reboot not possible.\n' +
                                 'Use "-F" to fallback to ACPI reset event.\n' +
                                 'reboot failed (rc=-10)\n'
        ['shutdown', '-a']     | 'Shutting down domain 3\nShutting down domain 5\n' +
                                 'PV control interface not available: external graceful shutdown not possible.\n' +
                                 'Use "-F" to fallback to ACPI power event.\n' +
                                 'shutdown failed (rc=-10)\n'
        ['shutdown', '9']      | 'Shutting down domain 9\nDomain 9:Non-existant domain\nshutdown failed (rc=-21)\n'
        ['reboot', 'nosuch']   | 'nosuch is an invalid domain identifier (rc=-6)\n'
    }

    def "#args: -w waits for #wait"() {
        given:
        def reboot = new ShutdownCommands.Reboot()

        when:
        new CommandLine(reboot).parseArgs(args as String[])
        def options = reboot.choice.options(ShutdownRequest.REBOOT)

        then:
        options.waitFor() == wait
        options.all() == all

        where:
        args                       | wait                                    | all
        ['web']                    | ShutdownOptions.Wait.NOTHING            | false
        ['-w', 'web']              | ShutdownOptions.Wait.SHUTDOWN_OR_DEATH  | false
        ['--wait', '-a']           | ShutdownOptions.Wait.SHUTDOWN_OR_DEATH  | true
        ['-ww', 'web']             | ShutdownOptions.Wait.DEATH              | false
        ['-w', '--wait', '-a']     | ShutdownOptions.Wait.DEATH              | true
    }
}
