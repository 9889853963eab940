package xsh.toolstack.getopt

import spock.lang.Specification

/** glibc's getopt_long as xl calls it, case by case. */
class GetoptSpec extends Specification {

    static final LongOption HELP = new LongOption('help', false, c('h'))

    static final List<LongOption> CREATE = [
            new LongOption('defconfig', true, c('f')),
            new LongOption('dryrun', false, c('n')),
            new LongOption('ignore-global-affinity-masks', false, c('i')),
            new LongOption('quiet', false, c('q')),
            new LongOption('vncviewer', false, c('V')),
            new LongOption('vncviewer-autopass', false, c('A')),
            HELP]
    static final List<LongOption> VNCVIEWER = [
            new LongOption('autopass', false, c('a')),
            new LongOption('vncviewer-autopass', false, c('a')),
            HELP]
    static final List<LongOption> ALIASES = VNCVIEWER + [new LongOption('autopassword', false, c('a'))]
    static final List<LongOption> MIGRATE = [
            new LongOption('debug', false, 0x100),
            new LongOption('live', false, 0x200),
            HELP]

    static int c(String letter) {
        letter.charAt(0) as int
    }

    /** Options as 'x' or 'x=ARG' (a code above 0xff in hex), for the tables. */
    static List<String> shown(List<Getopt.Option> options) {
        options.collect {
            String name = it.code() > 0xff ? String.format('0x%x', it.code()) : (it.code() as char).toString()
            it.argument() == null ? name : name + '=' + it.argument()
        }
    }

    def "#args: options #options, operands #operands"() {
        when:
        def r = Getopt.parse(args, 'hAFVcdef:inpq', CREATE)

        then:
        r.failure().isEmpty()
        shown(r.options()) == options
        r.operands() == operands

        where:
        args                                      | options                  | operands
        []                                        | []                       | []
        ['a.cfg']                                 | []                       | ['a.cfg']
        ['-p', 'a.cfg']                           | ['p']                    | ['a.cfg']
        ['a.cfg', '-p', 'x=1']                    | ['p']                    | ['a.cfg', 'x=1']  // permutation
        ['-pq', 'a.cfg']                          | ['p', 'q']               | ['a.cfg']         // a cluster
        ['-pfb.cfg']                              | ['p', 'f=b.cfg']         | []                // argument attached
        ['-f', 'b.cfg', '-q']                     | ['f=b.cfg', 'q']         | []
        ['-f', '-q']                              | ['f=-q']                 | []                // the next word, whatever it is
        ['-f', '--']                              | ['f=--']                 | []
        ['--defconfig=b.cfg']                     | ['f=b.cfg']              | []
        ['--defconfig', 'b.cfg']                  | ['f=b.cfg']              | []
        ['--defconfig=']                          | ['f=']                   | []
        ['--def=b.cfg', '--dry']                  | ['f=b.cfg', 'n']         | []                // unique prefixes
        ['--quiet', '--vncviewer']                | ['q', 'V']               | []                // exact beats a longer name
        ['--vncviewer-a']                         | ['A']                    | []
        ['--help']                                | ['h']                    | []
        ['--', '-p', 'a.cfg']                     | []                       | ['-p', 'a.cfg']
        ['a.cfg', '--', '-q']                     | []                       | ['a.cfg', '-q']
        ['-p', '-', 'a.cfg']                      | ['p']                    | ['-', 'a.cfg']    // a lone dash is an operand
        ['-p', '-p']                              | ['p', 'p']               | []
    }

    def "#args fails at optopt #optopt after #options (argument missing: #missing)"() {
        when:
        def r = Getopt.parse(args, 'hAFVcdef:inpq', CREATE)

        then:
        r.failure().get().optopt() == optopt
        r.failure().get().missingArgument() == missing
        shown(r.options()) == options

        where:
        args                        | optopt     | missing | options
        ['-x']                      | c('x')     | false   | []
        ['-p', '-qx', '-c']         | c('x')     | false   | ['p', 'q']
        ['-f']                      | c('f')     | true    | []
        ['-p', '--defconfig']       | c('f')     | true    | ['p']
        ['--quiet=yes']             | c('q')     | false   | []        // an argument it does not take
        ['--help=me']               | c('h')     | false   | []
        ['--nosuch']                | 0          | false   | []        // unknown: glibc names no option
        ['--vnc']                   | 0          | false   | []        // ambiguous: vncviewer or vncviewer-autopass
        ['-:']                      | c(':')     | false   | []
    }

    def "a leading : (after any +) is not an option letter: #args"() {
        when:
        def r = Getopt.parse(args, optstring)

        then:
        shown(r.options()) == options
        r.failure().map { it.optopt() } == failure

        where:
        optstring | args            | options     | failure
        ':d:H'    | ['-H', '-d1']   | ['H', 'd=1'] | Optional.empty()
        ':d:H'    | ['-:']          | []          | Optional.of(c(':'))
        '+:v'     | ['-v', 'x']     | ['v']       | Optional.empty()
    }

    def "aliases with one code and argument do not make a prefix ambiguous: #args"() {
        expect:
        shown(Getopt.parse(args, 'ha', ALIASES).options()) == ['a']

        where:
        args << [['--auto'], ['--autop', 'dom'], ['--vnc'], ['--autopassw']]
    }

    def "a long option without a letter returns its code"() {
        expect:
        shown(Getopt.parse(['--debug', 'd', 'h2', '--li'], 'hFC:s:epD', MIGRATE).options()) == ['0x100', '0x200']
        Getopt.parse(['--debug=1'], 'hFC:s:epD', MIGRATE).failure().get().optopt() == 0x100
    }

    def "a leading + stops at the first operand, as xl's global options do: #args"() {
        when:
        def r = Getopt.parse(args, '+vftTN')

        then:
        shown(r.options()) == options
        r.operands() == operands
        r.failure().map { it.optopt() } == failure

        where:
        args                          | options     | operands                  | failure
        ['-v', 'list', '-l']          | ['v']       | ['list', '-l']            | Optional.empty()
        ['-vvN', 'create', '-N']      | ['v', 'v', 'N'] | ['create', '-N']      | Optional.empty()
        ['--', 'list']                | []          | ['list']                  | Optional.empty()
        ['-x', 'list']                | []          | []                        | Optional.of(c('x'))
        ['--help']                    | []          | []                        | Optional.of(c('-')) // getopt(3) has no long options
        []                            | []          | []                        | Optional.empty()
    }
}
