package xsh.e2e

import groovy.json.JsonSlurper
import java.nio.file.Path
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir
import xsh.e2e.support.GuestFiles
import xsh.e2e.support.RunResult
import xsh.e2e.support.XshProcess

/**
 * Hostile and malformed input through bin/xsh: missing domains, Domain-0 where it is
 * protected, names full of shell characters, sizes out of range, broken save images and bad
 * command lines. Each is refused with one clear message (xl's or zfs's own where they have
 * one), the right exit code and no stack trace, and leaves the host, its datasets and the
 * working directory as they were; what xl and zfs accept is taken literally, never by a shell.
 *
 * One host serves every row. A row of xsh's own commands runs as
 * {@code -c 'ROW; list --json; zfs list -t all -H'}: the exit code is the row's (the first
 * command that fails gives it), stderr is the row's message, and stdout is the state after
 * it, all from one process.
 */
class HostileInputSpec extends Specification {

    static final String STATE = 'list --json; zfs list -t all -H'

    @Shared
    @TempDir
    Path tmp

    @Shared
    XshProcess xsh

    @Shared
    Map before

    /** d's domid, for rows that must address it by number. */
    @Shared
    int domid

    def setupSpec() {
        xsh = new XshProcess(tmp)
        def guests = new GuestFiles(xsh.workDir)
        guests.config('d', 32, 2, 'maxvcpus = 4\n')
        guests.config('img', 8, 1)
        guests.config('big', 99999999, 1)
        guests.config('wide', 32, 100000)
        guests.config('named', 32, 1)
        def made = xsh.run('-c', 'create -q d.cfg; create -q img.cfg; save img good.img')
        assert made.exitCode == 0: made
        writeBrokenImages(new File(xsh.workDir, 'good.img').bytes)
        assert ['mkfifo', new File(xsh.workDir, 'a-fifo').path].execute().waitFor() == 0
        before = state()
        domid = before.domains.find { it.name == 'd' }.domid
    }

    private void writeBrokenImages(byte[] good) {
        def file = { String name, byte[] bytes -> new File(xsh.workDir, name).bytes = bytes }
        file('empty.img', new byte[0])
        file('ten.img', good[0..<10] as byte[])
        file('png.img', ('89504e470d0a1a0a0000000d49484452'.decodeHex() as List) + [(byte) 0] * 200 as byte[])
        file('garbage.img', (good[0..<32] as List) + [(byte) 0xa5] * 200 as byte[])
        file('half.img', good[0..<(good.length.intdiv(2))] as byte[])
        int name = new String(good, 'ISO-8859-1').indexOf('"name": "img"')
        assert name > 0
        file('config-flip.img', flipped(good, name + 10))
        file('memory-flip.img', flipped(good, good.length.intdiv(2)))
    }

    private static byte[] flipped(byte[] bytes, int at) {
        byte[] copy = bytes.clone()
        copy[at] = (byte) (copy[at] ^ 0x01)
        copy
    }

    /** The host as commands see it, without what time changes, and the working directory. */
    Map state() {
        def r = xsh.run('-c', STATE)
        assert r.exitCode == 0: r
        parse(r.stdout)
    }

    /** The state {@link #STATE} printed at the end of {@code stdout}; {@link #printed} is what came before it. */
    Map parse(String stdout) {
        def all = stdout.readLines()
        def lines = all.subList(all.indexOf('['), all.size())
        def (zfsLines, jsonLines) = lines.split { it ==~ /^(tank|zroot)[\/@\t].*/ }
        def datasets = zfsLines.collect { it.split('\t')[0] }
        def json = jsonLines.join('\n')
        def domains = new JsonSlurper().parseText(json).collect {
            [name: it.name, domid: it.domid, target: it.memory.target_kib, max: it.memory.max_kib,
             vcpus: it.vcpus.online, maxVcpus: it.vcpus.max, pauses: it.state.pause_count,
             shutdown: it.state.shutdown]
        }
        [domains: domains, datasets: datasets, files: files()]
    }

    /** What a row printed on stdout before {@link #STATE}'s JSON. */
    static List<String> printed(String stdout) {
        def all = stdout.readLines()
        all.subList(0, all.indexOf('['))
    }

    /** The working directory and the host's core dumps: name and size of each file. */
    List<String> files() {
        def dirs = [xsh.workDir, new File(xsh.xshHome, 'hosts/default/dump')]
        dirs.findAll { it.isDirectory() }.collectMany { dir ->
            dir.listFiles().collect { "${dir.name}/${it.name} ${it.length()}".toString() }
        }.sort()
    }

    /** Runs {@code row} and then reads the state, in one process. */
    RunResult runRow(String row) {
        xsh.run('-c', "$row; $STATE")
    }

    static void clean(RunResult r) {
        assert !r.stderr.contains('\tat '): r
        assert !r.stderr.contains('Exception'): r
    }

    def "a missing domain is named as xl names it, exit code 1, nothing changed: #row"() {
        when:
        def r = runRow(row)

        then:
        r.exitCode == 1
        r.stderrLines == lines
        clean(r)
        parse(r.stdout) == before

        where:
        row                   | lines
        'pause nosuch'        | ['nosuch is an invalid domain identifier (rc=-6)']
        'pause 77'            | ['Domain 77:Non-existant domain', 'pause failed (rc=-21)']
        'destroy nosuch'      | ['nosuch is an invalid domain identifier (rc=-6)']
        'destroy 77'          | ['Domain 77:Non-existant domain', 'destroy failed (rc=-21)']
        'save nosuch f'       | ['nosuch is an invalid domain identifier (rc=-6)']
        'save 77 f'           | ['unable to retrieve domain configuration']
        'mem-set nosuch 100'  | ['nosuch is an invalid domain identifier (rc=-6)']
        'mem-set 77 100'      | ['Domain 77:Non-existant domain', 'cannot set domid 77 dynamic max memory to : 100']
        'vcpu-set nosuch 1'   | ['nosuch is an invalid domain identifier (rc=-6)']
        'vcpu-set 77 1'       | ['Domain 77 does not exist.']
        'rename nosuch y'     | ['nosuch is an invalid domain identifier (rc=-6)']
        'rename 77 y'         | ['Non-existant domain', "Can't rename domain '77'."]
        'console nosuch'      | ['nosuch is an invalid domain identifier (rc=-6)']
        'console 77'          | ['Unable to attach console']
        'dump-core nosuch f'  | ['nosuch is an invalid domain identifier (rc=-6)']
        'dump-core 77 f'      | ['Domain 77:Non-existant domain', 'core dump failed (rc=-3)']
        'trigger nosuch nmi'  | ['nosuch is an invalid domain identifier (rc=-6)']
        'trigger 77 nmi'      | ['Domain 77:Non-existant domain', 'trigger failed (rc=-21)']
        'sysrq nosuch h'      | ['nosuch is an invalid domain identifier (rc=-6)']
        'sysrq 77 h'          | ['Domain 77:Non-existant domain', 'sysrq failed (rc=-21)']
    }

    def "Domain-0 is protected where xl protects it, exit code 1, nothing changed: #row"() {
        when:
        def r = runRow(row)

        then:
        r.exitCode == 1
        r.stderrLines == lines
        clean(r)
        parse(r.stdout) == before

        where:
        row                  | lines
        'destroy 0'          | ['Not destroying domain 0; use -f to force.', 'This can only be done when using a disaggregated hardware domain and toolstack.', '']
        'destroy Domain-0'   | ['Not destroying domain 0; use -f to force.', 'This can only be done when using a disaggregated hardware domain and toolstack.', '']
        'save 0 f'           | ['unable to retrieve domain configuration']
        'save Domain-0 f'    | ['unable to retrieve domain configuration']
        'pause 0'            | ['Domain 0:Pausing domain: Invalid argument', 'pause failed (rc=-3)']
        'vcpu-set 0 99'      | ['You are overcommmitting! You have 8 physical CPUs and want 99 vCPUs! Aborting, use --ignore-host to continue']
        'mem-set 0 100'      | ['Domain 0:New target 102400 for dom0 is below the minimum threshold', 'cannot set domid 0 dynamic max memory to : 100']
        'mem-set Domain-0 127m' | ['Domain 0:New target 130048 for dom0 is below the minimum threshold', 'cannot set domid 0 dynamic max memory to : 127m']
    }

    def "a size out of range is refused with its reason, nothing changed: #row"() {
        when:
        def r = runRow(row)

        then:
        r.exitCode == code
        r.stderrLines == lines
        clean(r)
        parse(r.stdout) == before

        where:
        row                                 | code | lines
        'mem-set d -1'                      | 1    | ['invalid memory size: -1 (a size cannot be negative)']
        'mem-set d 99999999999999999999'    | 1    | ['invalid memory size: 99999999999999999999 (too large)']
        'mem-set d abc'                     | 1    | ['invalid memory size: abc (expected a number with an optional unit, e.g. 512M, 32G or 1.5G)']
        'mem-max d -5'                      | 1    | ['invalid memory size: -5 (a size cannot be negative)']
        'vcpu-set d 100000'                 | 1    | ['You are overcommmitting! You have 8 physical CPUs and want 100000 vCPUs! Aborting, use --ignore-host to continue']
        'vcpu-set d -1'                     | 1    | ["invalid vcpu count '-1': expected a whole number"]
        'vcpu-set d 99999999999999999'      | 1    | ["invalid vcpu count '99999999999999999': too large"]
        'zfs create -V -1 tank/v'           | 1    | ["bad volume size '-1': bad numeric value '-1'"]
        'zfs create -V 0 tank/v'            | 1    | ["cannot create 'tank/v': volume size cannot be zero"]
        'zfs create -V 1E tank/v'           | 1    | ["cannot create 'tank/v': out of space"]
        'zfs create -V 8E tank/v'           | 1    | ["cannot create 'tank/v': out of space"]
        'zfs create -V 99999999999999999999999 tank/v' | 1 | ["bad volume size '99999999999999999999999': numeric value is too large"]
        'create -q big.cfg'                 | 3    | ["xc_dom_boot_mem_init: can't allocate low memory for domain: Out of memory", 'cannot (re-)build domain: -3']
    }

    def "vcpus= beyond maxvcpus in a config is refused at its line: nothing created"() {
        when:
        def r = runRow('create -q wide.cfg maxvcpus=4')

        then:
        r.exitCode == 1
        r.stderrLines.size() == 1
        r.stderrLines[0] ==~ /wide\.cfg:\d+:\d+: xl: maxvcpus < vcpus \(maxvcpus=4 is less than vcpus=100000\)/
        clean(r)
        parse(r.stdout) == before
    }

    def "mem-max beyond the host is accepted, as Xen takes any limit"() {
        when:
        def r = runRow("mem-max d 1t; $STATE; mem-max d 32m")
        def after = state()

        then:
        r.exitCode == 0
        clean(r)
        r.stdout.contains('"max_kib": 1073741824')
        after == before
    }

    def "a domain name that would take its files out of their directory is refused (unlike xl): #name"() {
        when:
        def created = xsh.run('create', '-q', 'named.cfg', "name=\"$name\"")
        def renamed = runRow("rename d '$name'")

        then:
        created.exitCode == 1
        created.stderrLines == [refusal(name, what)]
        clean(created)
        renamed.exitCode == 1
        renamed.stderrLines == [refusal(name, what), "Can't rename domain 'd'."]
        clean(renamed)
        parse(renamed.stdout) == before

        where:
        name   | what
        '../x' | "a '/'"
        'a/b'  | "a '/'"
        '..'   | '".." as a file name'
        '.'    | '"." as a file name'
    }

    static String refusal(String name, String what) {
        "Domain name \"$name\" is refused: it names the domain's files (its core dump) and $what would put them outside their directory."
    }

    def "rename takes a name xl accepts literally, no shell runs it: #shown"() {
        when:
        def renamed = xsh.run('rename', 'd', name)
        def back = xsh.run('-c', "domname $domid; rename $domid d; $STATE")

        then:
        renamed.exitCode == 0
        renamed.stderr == ''
        back.exitCode == 0
        printed(back.stdout) == name.readLines() + (name ? [] : [''])
        !new File(xsh.workDir, 'pwned').exists()
        parse(back.stdout) == before

        where:
        name << ['x;touch pwned', '$(touch pwned)', '`touch pwned`', 'has space', "q'uote", 'q"uote', 'new\nline', '']
        shown = name.inspect()
    }

    def "a quoted name on a -c line is one word: its ; and \$(…) stay in the name"() {
        when:
        def r = xsh.run('-c', "rename d 'x;touch pwned'; domname $domid; rename \"x;touch pwned\" '\$(touch pwned)'; domname $domid; rename $domid d; $STATE")

        then:
        r.exitCode == 0
        printed(r.stdout) == ['x;touch pwned', '\$(touch pwned)']
        !new File(xsh.workDir, 'pwned').exists()
        parse(r.stdout) == before
    }

    def "create takes a name= xl accepts literally: #name"() {
        when:
        def created = xsh.run('create', '-q', 'named.cfg', "name=\"$name\"")
        def gone = xsh.run('-c', "list '$name'; destroy '$name'; $STATE")

        then:
        created.exitCode == 0
        created.stderr == ''
        gone.exitCode == 0
        printed(gone.stdout)[1].startsWith(name + ' ')
        !new File(xsh.workDir, 'pwned').exists()
        parse(gone.stdout) == before

        where:
        name << ['x;touch pwned', '$(touch pwned)', '`touch pwned`', 'has space']
    }

    def "save writes to the file named, literally: #name"() {
        when:
        def saved = xsh.run('save', '-c', 'd', name)
        def file = new File(xsh.workDir, name)

        then:
        saved.exitCode == 0
        saved.stderrLines.size() == 1
        saved.stderrLines[0].startsWith("Saving to $name new xl format (info ")
        file.length() > 32 * 1024 * 1024
        !new File(xsh.workDir, 'pwned').exists()

        cleanup:
        file.delete()

        where:
        name << ['x;touch pwned', '$(touch pwned)']
    }

    def "save to a file it cannot open says so, exit code 1, nothing changed: #row"() {
        when:
        def r = runRow(row)

        then:
        r.exitCode == 1
        r.stderrLines == lines
        clean(r)
        parse(r.stdout) == before

        where:
        row                   | lines
        "save -c d ''"        | ['Failed to open temp file  for writing']
        'save -c d nodir/f'   | ['Failed to open temp file nodir/f for writing']
        'save -c d .'         | ['Failed to open temp file . for writing']
    }

    def "save and dump-core do not put a file in a FIFO's place"() {
        when:
        def saved = runRow('save -c d a-fifo')
        def dumped = runRow('dump-core d a-fifo')

        then:
        saved.exitCode == 1
        saved.stderrLines == ['Failed to open temp file a-fifo for writing']
        dumped.exitCode == 1
        dumped.stderrLines == ["Domain $domid:cannot write core to ${new File(xsh.workDir, 'a-fifo').absolutePath}: not a regular file".toString(),
                               'core dump failed (rc=-3)']
        [saved, dumped].each { clean(it) }
        parse(saved.stdout) == before
        parse(dumped.stdout) == before
        new File(xsh.workDir, 'a-fifo').with { exists() && !file }
    }

    def "a zfs name zfs refuses is refused in its words, nothing changed: #row"() {
        when:
        def r = runRow(row)

        then:
        r.exitCode == 1
        r.stderr == message + '\n'
        clean(r)
        parse(r.stdout) == before

        where:
        row                                  | message
        "zfs create tank/../x"               | "cannot create 'tank/../x': parent reference, '..' is found in name"
        "zfs create ../x"                    | "cannot create '../x': parent reference, '..' is found in name"
        "zfs create \"tank/q'uote\""         | "cannot create 'tank/q'uote': invalid character ''' in name"
        "zfs create 'tank/\$(touch pwned)'"  | "cannot create 'tank/\$(touch pwned)': invalid character '\$' in name"
        "zfs create 'tank/`touch pwned`'"    | "cannot create 'tank/`touch pwned`': invalid character '`' in name"
        "zfs create 'tank/x;touch pwned'"    | "cannot create 'tank/x;touch pwned': invalid character ';' in name"
        "zfs create 'tank/new\nline'"        | "cannot create 'tank/new\nline': invalid character '\n' in name"
        "zfs create ''"                      | "cannot create '': empty component in name"
        "zfs create tank/"                   | "cannot create 'tank/': trailing slash in name"
        "zfs create tank//a"                 | "cannot create 'tank//a': empty component in name"
        "zfs snapshot tank@../s"             | "cannot create snapshot 'tank@../s': invalid character '/' in name"
        "zfs snapshot 'tank@x;touch pwned'"  | "cannot create snapshot 'tank@x;touch pwned': invalid character ';' in name"
        "zfs snapshot tank@"                 | "cannot create snapshot 'tank@': empty component in name"
        "zfs snapshot tank@a@b"              | "cannot create snapshot 'tank@a@b': multiple '@' delimiters in name"
        "zfs snapshot nosuch@s"              | "cannot open 'nosuch': dataset does not exist"
        "zfs destroy tank/nosuch"            | "cannot open 'tank/nosuch': dataset does not exist"
        "zfs destroy tank@nosuch"            | 'could not find any snapshots to destroy; check snapshot names.'
        "zfs destroy nosuch@s"               | "cannot open 'nosuch': dataset does not exist"
        "zfs rollback tank@nosuch"           | "cannot open 'tank@nosuch': dataset does not exist"
        "zfs create nosuchpool/x"            | "cannot create 'nosuchpool/x': no such pool 'nosuchpool'"
    }

    def "zfs takes a name with a space literally"() {
        when:
        def r = xsh.run('-c', "zfs create 'tank/a b'; zfs snapshot 'tank/a b@s 1'; zfs list -H -o name -t all -r 'tank/a b'; zfs destroy -r 'tank/a b'; $STATE")

        then:
        r.exitCode == 0
        r.stderr == ''
        printed(r.stdout) == ['tank/a b', 'tank/a b@s 1']
        parse(r.stdout) == before
    }

    def "a broken or foreign image is refused, exit code 1, no domain created: #file"() {
        when:
        def r = runRow("restore $file")

        then:
        r.exitCode == 1
        r.stderrLines.last() ==~ last
        clean(r)
        parse(r.stdout) == before

        where:
        file               | last
        'empty.img'        | /Savefile truncated\./
        'ten.img'          | /Savefile truncated\./
        'png.img'          | /File has wrong magic number - corrupt or for a different tool\?/
        'garbage.img'      | /File has wrong byte order/
        'half.img'         | /Savefile truncated\./
        'config-flip.img'  | /config-flip\.img: .*corrupt.*/
        'memory-flip.img'  | /memory-flip\.img: .*corrupt.*/
        'nosuch.img'       | /Can't open restore file: No such file or directory/
    }

    def "a file that is not a plain file, or a host name that is a path, is refused: #row"() {
        when:
        def r = runRow(row)

        then:
        r.exitCode == code
        r.stderrLines == lines
        clean(r)
        parse(r.stdout) == before

        where:
        row                         | code | lines
        'create /dev/zero'          | 3    | ['Failed to read config file: /dev/zero: Inappropriate ioctl for device']
        'create .'                  | 3    | ['Failed to read config file: .: Inappropriate ioctl for device']
        "create ''"                 | 3    | ['Failed to read config file: : No such file or directory']
        'cpupool-create /dev/zero'  | 1    | ['Failed to read config file: /dev/zero: Inappropriate ioctl for device']
        'cfg check /dev/zero'       | 1    | ['/dev/zero: cannot read: not a plain file']
        'create png.img'            | 1    | ['Parsing config from png.img', 'png.img:1:1: unexpected character `\\x89` in `?PNG`',
                                               'png.img:2:1: unexpected character `\\x1a`', 'png.img:3:1: NUL byte: xl.cfg is a text file',
                                               'Failed to parse config: Invalid argument']
        'host create ../evil'       | 1    | ["invalid host name '../evil': use up to 64 letters, digits, '.', '_' and '-', starting with a letter or digit"]
        'host create a/b'           | 1    | ["invalid host name 'a/b': use up to 64 letters, digits, '.', '_' and '-', starting with a letter or digit"]
    }

    def "a bad command line is a usage error: exit code 2, nothing changed: #row"() {
        when:
        def r = runRow(row)

        then:
        r.exitCode == 2
        r.stderrLines.first() == first
        clean(r)
        parse(r.stdout) == before

        where:
        row                      | first
        'pause'                  | "xsh: Missing required parameter: 'DOMAIN'. Try 'xsh pause --help'."
        'pause --bogus d'        | "xsh: Unknown option: '--bogus'. Try 'xsh pause --help'."
        'destroy -x d'           | "xsh: Unknown option: '-x'. Try 'xsh destroy --help'."
        'mem-set d'              | "xsh: Missing required parameter: 'SIZE'. Try 'xsh mem-set --help'."
        'vcpu-set'               | "xsh: Missing required parameters: 'DOMAIN', 'N'. Try 'xsh vcpu-set --help'."
        'rename d'               | "xsh: Missing required parameter: 'NEW_NAME'. Try 'xsh rename --help'."
        'save'                   | "xsh: Missing required parameters: 'DOMAIN', 'FILE'. Try 'xsh save --help'."
        'restore'                | "xsh: Missing required parameter: '[CONFIG] FILE'. Try 'xsh restore --help'."
        'dump-core d'            | "xsh: Missing required parameter: 'FILE'. Try 'xsh dump-core --help'."
        'nosuch'                 | "xsh: Unknown command: 'nosuch'. Try 'xsh --help'."
        'zfs'                    | 'missing command'
        'zfs bogus'              | "unrecognized command 'bogus'"
        'zfs create'             | 'missing filesystem argument'
        'zfs create -V'          | 'missing size argument'
        'zfs create -V 1G'       | 'missing volume argument'
        'zfs create -Q tank/x'   | "invalid option 'Q'"
        'zfs snapshot'           | 'missing snapshot argument'
        'zfs list -t bogus'      | "invalid type 'bogus'"
    }

    def "under the xl front end, xl's words and exit codes, nothing changed: xl #args"() {
        when:
        def r = xsh.run(['xl'] + args)

        then:
        r.exitCode == code
        r.stderrLines.first() == first
        clean(r)
        state() == before

        where:
        args                                 | code | first
        ['pause', '77']                      | 0    | 'Domain 77:Non-existant domain'
        ['destroy', '0']                     | 1    | 'Not destroying domain 0; use -f to force.'
        ['save', '0', 'f']                   | 1    | 'unable to retrieve domain configuration'
        ['mem-set', 'd', '-1']               | 1    | 'libxl: error: libxl_mem.c:278:libxl_set_memory_target: Domain 1:memory_dynamic_max must be less than or equal to memory_static_max'
        ['vcpu-set', 'd', '-1']              | 1    | 'Error: Invalid argument.'
        ['rename', 'd', 'a/b']               | 1    | refusal('a/b', "a '/'")
        ['create', '-q', 'named.cfg', 'name="../x"'] | 1 | refusal('../x', "a '/'")
        ['restore', 'png.img']               | 1    | 'File has wrong magic number - corrupt or for a different tool?'
        ['pause']                            | 2    | "'xl pause' requires at least 1 argument."
        ['mem-set', 'd']                     | 2    | "'xl mem-set' requires at least 2 arguments."
        ['list', '--bogus']                  | 2    | "option `\u0000' not supported."
        ['bogus']                            | 1    | 'command not implemented'
    }
}
