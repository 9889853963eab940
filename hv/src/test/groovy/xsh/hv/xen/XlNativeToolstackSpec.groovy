package xsh.hv.xen

import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.hv.HvException
import xsh.hv.NativeProgress
import xsh.hv.NativeToolstack
import xsh.hv.command.ProgramRunner

/**
 * xl's own save, restore, migrate and console as the xen backend starts them: the argument
 * vectors (with xl's -t, so that libxc reports progress), progress read from stderr as it
 * comes, the domain a restore made, and files on the Dom0 over ssh. A stand-in xl logs its
 * arguments and prints progress as libxc does.
 */
class XlNativeToolstackSpec extends Specification {

    @TempDir
    Path dir

    NativeToolstack xl
    List<String> messages = []
    List<List<Long>> progress = []
    NativeProgress listener = new NativeProgress() {
        @Override
        void message(String line) {
            messages << line
        }

        @Override
        void progress(long done, long total) {
            progress << [done, total]
        }
    }

    def setup() {
        Path bin = Files.createDirectories(dir.resolve('bin'))
        Path outputs = Path.of(getClass().getResource('/xl-output/info-n.txt').toURI()).parent
        script(bin.resolve('xl'), """\
            call=; for arg in "\$@"; do call="\$call[\$arg]"; done
            printf '%s\n' "\$call" >> '$dir/log'
            case "\$*" in
            '-t save'*)
                echo 'Saving to /srv/web.save new xl format (info 0x3/0x0/1234)' >&2
                printf 'xc: info: Saving memory: iter 0 (last sent 0 skipped 0): 1024/2048   50%%\\r' >&2
                printf 'xc: info: Saving memory: iter 0 (last sent 0 skipped 0): 2048/2048  100%%\\n' >&2 ;;
            '-t restore'*) touch '$dir/restored' ;;
            'dump-core 4 /srv/gone.core') echo 'libxl: error: libxl_domain.c:603:libxl_domain_core_dump: Domain 4:Core dumping domain to /srv/gone.core: No space left on device' >&2
                echo 'core dump failed (rc=-3)' >&2; exit 1 ;;
            '-t migrate'*) echo 'migration sender: Target refused' >&2; echo 'Migration failed.' >&2; exit 1 ;;
            'info -n') cat '$outputs/info-n.txt' ;;
            'list -v -c') if [ -f '$dir/restored' ]; then cat '$outputs/list-v-c.txt'; else head -5 '$outputs/list-v-c.txt'; fi ;;
            'list -l') cat '$outputs/list-l.txt' ;;
            'uptime') cat '$outputs/uptime.txt' ;;
            'vcpu-list') cat '$outputs/vcpu-list.txt' ;;
            esac
            """)
        Path ssh = script(dir.resolve('ssh'), """\
            call=; for arg in "\$@"; do call="\$call[\$arg]"; done
            printf '%s\n' "\$call" >> '$dir/ssh-log'
            for last in "\$@"; do :; done
            PATH='$bin':\$PATH exec sh -c "\$last"
            """)
        xl = new XenHypervisor(ProgramRunner.overSsh([ssh.toString(), '-p', '2222', 'root@dom0']), 0).nativeToolstack().get()
    }

    List<String> calls() {
        Files.readAllLines(dir.resolve('log'))
    }

    def "save is xl -t save with its flags; libxc's progress and xl's lines come back as they are read"() {
        when:
        xl.save(3, '/srv/web.save', Optional.of('/etc/xen/web.cfg'), new NativeToolstack.SaveFlags(true, true, true), listener)

        then:
        calls() == ['[-t][save][-c][-p][-D][3][/srv/web.save][/etc/xen/web.cfg]']
        messages == ['Saving to /srv/web.save new xl format (info 0x3/0x0/1234)']
        progress == [[1024L, 2048L], [2048L, 2048L]]
    }

    def "restore is xl -t restore with its flags, and gives the domain that was not there before"() {
        when:
        def made = xl.restore(Optional.of('/etc/xen/web.cfg'), '/srv/web.save', new NativeToolstack.RestoreFlags(true, true, true),
                listener)

        then:
        calls().contains('[-t][restore][-p][-e][-d][/etc/xen/web.cfg][/srv/web.save]')
        made.name() == 'batch'
    }

    def "migrate is xl -t migrate with its flags; its failure is xl's words"() {
        when:
        xl.migrate(3, 'host2', new NativeToolstack.MigrateFlags(Optional.of('ssh -p 22'), Optional.of('/etc/xen/web.cfg'),
                true, true, true, true), listener)

        then:
        HvException e = thrown()
        e.message == 'migration sender: Target refused\nMigration failed.'
        calls() == ['[-t][migrate][-s][ssh -p 22][-C][/etc/xen/web.cfg][-e][-F][-p][--debug][3][host2]']
        messages == ['migration sender: Target refused', 'Migration failed.']
    }

    def "dump-core is xl dump-core DOMID FILE; its failure is libxl's words"() {
        when:
        xl.dumpCore(3, '/srv/web.core')

        then:
        calls() == ['[dump-core][3][/srv/web.core]']

        when:
        xl.dumpCore(4, '/srv/gone.core')

        then:
        HvException e = thrown()
        e.message == 'Core dumping domain to /srv/gone.core: No space left on device'
        e.site().isPresent()
    }

    def "the console is xl console over ssh with a terminal"() {
        expect:
        xl.console(3, Optional.of('serial'), 1).command() ==
                [dir.resolve('ssh').toString(), '-p', '2222', '-t', 'root@dom0', "'xl' 'console' '-t' 'serial' '-n' '1' '3'"]
        xl.console(3, Optional.empty(), 0).command().last() == "'xl' 'console' '3'"
    }

    def "files on a remote Dom0 are renamed and removed with mv and rm"() {
        given:
        Path from = Files.writeString(dir.resolve('image.part'), 'image')
        Path to = dir.resolve('it\'s.save')

        when:
        xl.renameFile(from.toString(), to.toString())
        xl.removeFile(dir.resolve('gone').toString())

        then:
        Files.readString(to) == 'image'
        !Files.exists(from)
        Files.readAllLines(dir.resolve('ssh-log'))*.replaceAll(/^.*root@dom0\]/, '') == [
                "['mv' '-f' '--' '$from' '${to.toString().replace("'", "'\\''")}']".toString(),
                "['rm' '-f' '--' '${dir.resolve('gone')}']".toString()]
    }

    private static Path script(Path file, String body) {
        Files.writeString(file, '#!/bin/sh\n' + body.stripIndent())
        file.toFile().setExecutable(true)
        file
    }
}
