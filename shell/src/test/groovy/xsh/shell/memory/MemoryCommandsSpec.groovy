package xsh.shell.memory

import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.shell.SimShellHarness

class MemoryCommandsSpec extends Specification {

    static final long MiB = 1024

    @TempDir
    Path home

    SimShellHarness shell
    int g

    def setup() {
        shell = new SimShellHarness(home)
        g = shell.guest('g', 'maxmem = 1024', 512).domid()
    }

    def cleanup() {
        shell.close()
    }

    def "#args succeeds quietly and sets #what to #kib KiB"() {
        when:
        def r = xl ? shell.xl(false, *args) : shell.run(*args)

        then:
        r.code == 0
        r.out == ''
        r.err == ''
        shell.host.domainNamed('g').get()."$what"() == kib

        where:
        args                              | xl    | what        | kib
        ['mem-set', 'g', '256']           | false | 'targetKib' | 256 * MiB
        ['mem-set', 'g', '1g']            | true  | 'targetKib' | 1024 * MiB
        ['mem-set', '1', '262144k']       | false | 'targetKib' | 256 * MiB
        ['mem-max', 'g', '2g']            | false | 'maxKib'    | 2048 * MiB
        ['mem-max', 'g', '4096']          | true  | 'maxKib'    | 4096 * MiB
    }

    def "#args fails with exit code #code: #lines"() {
        when:
        def r = xl ? shell.xl(false, *args) : shell.run(*args)

        then:
        r.code == code
        r.out == ''
        r.errLines == lines.collect { it.replace('$G', "$g") }
        shell.host.domainNamed('g').get().targetKib() == 512 * MiB
        shell.host.domainNamed('g').get().maxKib() == 1024 * MiB

        where:
        args                          | xl    | code | lines
        ['mem-set', 'g', 'abc']       | true  | 1    | ['invalid memory size: abc']
        ['mem-set', 'g', '5x']        | false | 1    | ['invalid memory size: 5x (unknown unit \'x\'; use B, K, M, G or T)']
        ['mem-set', 'g', '-1']        | false | 1    | ['invalid memory size: -1 (a size cannot be negative)']
        ['mem-set', 'g', '2048']      | false | 1    | ['Domain $G:memory_dynamic_max must be less than or equal to memory_static_max',
                                                        'cannot set domid $G dynamic max memory to : 2048']
        ['mem-set', 'g', '-1']        | true  | 1    | ['libxl: error: libxl_mem.c:278:libxl_set_memory_target: Domain $G:memory_dynamic_max must be less than or equal to memory_static_max',
                                                        'cannot set domid $G dynamic max memory to : -1']
        ['mem-max', 'g', '256m']      | true  | 1    | ['Domain $G:memory_static_max must be greater than or or equal to memory_dynamic_max',
                                                        'cannot set domid $G static max memory to : 256m']
        ['mem-set', 'nosuch', '256']  | false | 1    | ['nosuch is an invalid domain identifier (rc=-6)']
        ['mem-set', 'g']              | false | 2    | ["xsh: Missing required parameter: 'SIZE'. Try 'xsh mem-set --help'."]
        ['mem-max']                   | false | 2    | ["xsh: Missing required parameters: 'DOMAIN', 'SIZE'. Try 'xsh mem-max --help'."]
    }

    def "#command --help shows its usage, exit code 0"() {
        when:
        def r = shell.run(command, '--help')

        then:
        r.code == 0
        r.err == ''
        r.out.startsWith("Usage: xsh $command ")

        where:
        command << ['mem-set', 'mem-max']
    }
}
