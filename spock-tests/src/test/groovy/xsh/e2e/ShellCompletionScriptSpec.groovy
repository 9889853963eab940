package xsh.e2e

import java.nio.file.Path
import java.util.concurrent.TimeUnit
import spock.lang.Requires
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir
import xsh.e2e.support.XshProcess

/**
 * The completion script {@code bin/xsh completion bash|zsh} prints, loaded into bash and zsh
 * and asked for completions as each shell asks its completion function when Tab is pressed.
 */
class ShellCompletionScriptSpec extends Specification {

    /**
     * Sets COMP_* as bash does for the words given (the last one is being completed), then prints
     * COMPREPLY and, after them, the compopt calls the script made: bash's own compopt works only
     * in a completion bash started, so this one records them.
     */
    static final String BASH_DRIVER = '''\
        script=$1; shift
        source "$script" || exit 97
        compopt_calls=()
        compopt() { compopt_calls+=("compopt $*"); }
        COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
        _complete_xsh "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf '%s\\n' "${COMPREPLY[@]}" "${compopt_calls[@]}"
        '''.stripIndent()

    /** What bash would offer, and the compopt calls: [candidates, calls]. */
    static List bashCompletes(File script, List<String> words) {
        def (int code, List<String> lines, String err) = run(['bash', '--norc', '--noprofile', '-c', BASH_DRIVER, 'bash', script.path] + words)
        assert code == 0 && err == '': err
        lines.split { !it.startsWith('compopt ') }
    }

    /**
     * zsh runs the script through bashcompinit: sourcing it must register the function for xsh,
     * which bashcompinit's compgen then calls under sh emulation with COMP_* set. That compgen
     * ignores the word being completed (zsh's own matching keeps the candidates that start with
     * it), so the driver prints every candidate and the spec matches them as zsh does.
     */
    static final String ZSH_DRIVER = '''\
        script=$1; shift
        autoload -U +X compinit && compinit -u -D
        source "$script" || exit 97
        [[ ${_comps[xsh]} == *' -F _complete_xsh'* ]] || { print -u2 "xsh is not registered: ${_comps[xsh]}"; exit 98 }
        complete_words() {
          emulate -L sh
          setopt kshglob noshglob braceexpand nokshautoload
          COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
          COMPREPLY=()
          _complete_xsh "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}" 2>/dev/null
          print -rl -- "${COMPREPLY[@]}"
        }
        complete_words "$@"
        '''.stripIndent()

    static boolean zshInstalled() {
        ['/bin/zsh', '/usr/bin/zsh', '/usr/local/bin/zsh'].any { new File(it).canExecute() }
    }

    @Shared
    @TempDir
    Path tmp

    @Shared
    File script

    def setupSpec() {
        def result = new XshProcess(tmp).run('completion', 'bash')
        assert result.exitCode == 0 && result.stderr == '': result.toString()
        script = tmp.resolve('xsh-completion.bash').toFile()
        script.setText(result.stdout, 'UTF-8')
    }

    /** Runs {@code command} with the arguments; returns [exit code, stdout lines, stderr]. */
    static List run(List<String> command) {
        def process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File('/dev/null'))).start()
        def err = new StringBuilder()
        def errReader = process.consumeProcessErrorStream(err)
        def out = process.inputStream.getText('UTF-8')
        assert process.waitFor(60, TimeUnit.SECONDS)
        errReader.join()
        [process.exitValue(), out.readLines().findAll { it }, err.toString()]
    }

    def "the script is valid bash and valid zsh, and zsh and bash print the same script"() {
        expect:
        run(['bash', '-n', script.path])[0] == 0
        !zshInstalled() || run(['zsh', '-n', script.path])[0] == 0
        new XshProcess(tmp).run('completion', 'zsh').stdout == script.getText('UTF-8')
    }

    def "bash completes #words"() {
        when:
        def (List<String> offered, List<String> calls) = bashCompletes(script, words)

        then:
        offered.sort() == expected.sort()

        where:
        words                          | expected
        ['xsh', 'li']                  | ['list']
        ['xsh', 'sched-c']             | ['sched-credit', 'sched-credit2']
        ['xsh', 'list', '--']          | ['--long', '--verbose', '--context', '--cpupool', '--numa', '--json', '--help', '--version']
        ['xsh', 'sched-credit2', '-']  | ['-d', '--domain', '-w', '--weight', '-c', '--cap', '-r', '--ratelimit_us', '-p', '--cpupool',
                                          '-s', '--schedparam', '--json', '-h', '--help', '-V', '--version']
        ['xsh', '--backend', '']       | ['sim', 'xen']
        ['xsh', 'host', '']            | ['create', 'list', 'inject', 'check']
        ['xsh', 'zfs', 'sn']           | ['snapshot']
        ['xsh', 'completion', '']      | ['bash', 'zsh']
    }

    def "bash completes file names where the table has nothing better, but not after an option taking a value: #words"() {
        when: 'the script offers nothing'
        def (List<String> offered, List<String> calls) = bashCompletes(script, words)

        then: 'bash offers file names (the script is registered with -o default) unless the script turns them off'
        offered == []
        calls.contains('compopt +o default') == !fileNames

        where:
        words                              | fileNames
        ['xsh', 'create', 'deb']           | true
        ['xsh', 'create', '-p', 'deb']     | true
        ['xsh', 'save', 'web', '']         | true
        ['xsh', 'cfg', 'check', 'deb']     | true
        ['xsh', 'create', '-f', '']        | false
        ['xsh', '--host', '']              | false
        ['xsh', 'sched-credit2', '-d', ''] | false
    }

    @Requires(value = { zshInstalled() }, reason = 'zsh is not installed; .ci/run installs it')
    def "zsh completes #words through bashcompinit"() {
        when:
        def (int code, List<String> candidates, String err) = run(['zsh', '-f', '-c', ZSH_DRIVER, 'zsh', script.path] + words)

        then:
        code == 0
        err == ''
        candidates.findAll { it.startsWith(words.last()) }.sort() == expected.sort()

        where:
        words                          | expected
        ['xsh', 'li']                  | ['list']
        ['xsh', 'list', '--']          | ['--long', '--verbose', '--context', '--cpupool', '--numa', '--json', '--help', '--version']
        ['xsh', 'sched-credit2', '-']  | ['-d', '--domain', '-w', '--weight', '-c', '--cap', '-r', '--ratelimit_us', '-p', '--cpupool',
                                          '-s', '--schedparam', '--json', '-h', '--help', '-V', '--version']
        ['xsh', 'host', '']            | ['create', 'list', 'inject', 'check']
    }
}
