package xsh.toolstack.preflight

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.attribute.FileTime

/**
 * A Dom0's tree under a directory, and the setup guides' commands applied to it as the file
 * edits they make: {@code echo ... >> F}, {@code printf ... >> F}, {@code sysrc [-f F] K=V...},
 * {@code sed -i '' -e 's/A/B/' F} and {@code '/RE/d'}, {@code cap_mkdb F}, {@code mkdir -p D},
 * {@code cp}, {@code ftp -o F URL}, {@code systemctl enable UNIT...}, the package installs
 * (they lay down the files the packages have), {@code update-grub}, and {@code reboot} (the
 * Dom0 then runs: its privcmd device, or /proc/xen/capabilities, appears); {@code &&} chains.
 * Each write moves the file's time a second on, so cap_mkdb's order shows.
 */
class SetupCommands {

    /** What each package install lays down. */
    static final Map<String, List<String>> PACKAGES = [
            'pkg install xen-kernel xen-tools'    : ['/boot/xen', '/usr/local/sbin/xl'],
            'pkg install xen-kernel47 xen-tools47': ['/boot/xen', '/usr/local/sbin/xl'],
            'pkg_add xenkernel48 xentools48'      : ['/usr/pkg/sbin/xl', '/usr/pkg/xen48-kernel/xen.gz',
                                                     '/usr/pkg/share/examples/rc.d/xencommons',
                                                     '/usr/pkg/share/examples/rc.d/xendomains'],
            'apt install xen-system-amd64'        : ['/usr/sbin/xl', '/boot/xen-4.17-amd64.gz',
                                                     '/lib/systemd/system/xenstored.service',
                                                     '/lib/systemd/system/xenconsoled.service',
                                                     '/lib/systemd/system/xen-init-dom0.service'],
    ]

    final Path root
    final String os
    private long clock = 1_700_000_000L

    SetupCommands(Path root, String os) {
        this.root = root
        this.os = os
    }

    Path file(String path) {
        root.resolve(path.replaceFirst('^/', ''))
    }

    /** Writes a file of the tree (its parents made). */
    void write(String path, String text) {
        def f = file(path)
        Files.createDirectories(f.parent)
        Files.writeString(f, text)
        touch(f)
    }

    String read(String path) {
        Files.exists(file(path)) ? Files.readString(file(path)) : ''
    }

    private void touch(Path f) {
        Files.setLastModifiedTime(f, FileTime.fromMillis(1000L * (clock++)))
    }

    /** Runs each command line. */
    SetupCommands run(String... lines) {
        lines.each { line -> line.split(/ && /).each { apply(it.trim()) } }
        this
    }

    private void apply(String command) {
        List<String> w = words(command)
        if (PACKAGES.containsKey(w.join(' '))) {
            PACKAGES[w.join(' ')].each { write(it, 'installed') }
            return
        }
        switch (w[0]) {
            case 'echo':
                assert w[-2] == '>>': command
                write(w[-1], read(w[-1]) + w[1..-3].join(' ') + '\n')
                break
            case 'printf':
                assert w[-2] == '>>': command
                write(w[-1], read(w[-1]) + w[1].replace('\\n', '\n').replace('\\t', '\t'))
                break
            case 'sysrc':
                String target = w[1] == '-f' ? w[2] : '/etc/rc.conf'
                (w[1] == '-f' ? w.drop(3) : w.drop(1)).each { sysrc(target, it) }
                break
            case 'sed':
                assert w[1] == '-i' && w[2] == '' && w[3] == '-e': command
                sed(w[5], w[4])
                break
            case 'cap_mkdb':
                write(w[1] + '.db', 'db')
                break
            case 'mkdir':
                Files.createDirectories(file(w[-1]))
                break
            case 'cp':
                def from = file(w[1])
                def matches = from.fileName.toString().contains('*')
                        ? Files.list(from.parent).findAll { it.fileName.toString() ==~ from.fileName.toString().replace('*', '.*') }
                        : [from]
                assert matches: command
                matches.each { Path src ->
                    String to = w[2].endsWith('/') ? w[2] + src.fileName : w[2]
                    write(to, Files.readString(src))
                }
                break
            case 'ftp':
                write(w[2], 'kernel')
                break
            case 'systemctl':
                assert w[1] == 'enable': command
                w.drop(2).each { write("/etc/systemd/system/multi-user.target.wants/${it.endsWith('.service') ? it : it + '.service'}", 'unit') }
                break
            case 'update-grub':
                break
            case 'reboot':
                if (os == 'linux') {
                    write('/proc/xen/capabilities', 'control_d\n')
                } else {
                    write(os == 'netbsd' ? '/kern/xen/privcmd' : '/dev/xen/privcmd', '')
                }
                break
            default:
                throw new IllegalArgumentException("not a command the tree knows: $command")
        }
    }

    /** sysrc: the key's line replaced where it is, else appended. */
    private void sysrc(String target, String assignment) {
        String key = assignment.substring(0, assignment.indexOf('='))
        String value = assignment.substring(assignment.indexOf('=') + 1)
        String line = "${key}=\"${value}\""
        List<String> lines = read(target).readLines()
        int at = lines.findLastIndexOf { it ==~ /\s*${java.util.regex.Pattern.quote(key)}=.*/ }
        if (at >= 0) {
            lines[at] = line
        } else {
            lines << line
        }
        write(target, lines.join('\n') + '\n')
    }

    private void sed(String file, String script) {
        String text = read(file)
        def subst = script =~ /^s\/(.*)\/(.*)\/$/
        if (subst.matches()) {
            write(file, text.readLines().collect { it.replaceFirst(java.util.regex.Pattern.quote(subst.group(1)), subst.group(2)) }.join('\n') + '\n')
            return
        }
        def delete = script =~ /^\/(.*)\/d$/
        assert delete.matches(): script
        String re = delete.group(1).replace('[[:space:]]', '\\s')
        write(file, text.readLines().findAll { !(it =~ re).find() }.collect { it + '\n' }.join(''))
    }

    /** sh's words: single and double quotes grouped (their contents as they are), else blanks split. */
    static List<String> words(String command) {
        List<String> words = []
        StringBuilder word = null
        int i = 0
        while (i < command.length()) {
            char c = command.charAt(i)
            if (c == ' ' as char || c == '\t' as char) {
                if (word != null) {
                    words << word.toString()
                    word = null
                }
                i++
            } else if (c == '\'' as char || c == '"' as char) {
                int end = command.indexOf(c as int, i + 1)
                word = (word ?: new StringBuilder()).append(command, i + 1, end)
                i = end + 1
            } else {
                word = (word ?: new StringBuilder()).append(c)
                i++
            }
        }
        if (word != null) {
            words << word.toString()
        }
        words
    }
}
