package xsh.cfg.write

import spock.lang.Specification
import xsh.cfg.parse.ConfigParser
import xsh.cfg.parse.ParseSupport
import xsh.cfg.source.ConfigSource

/**
 * For generated configurations: they parse to the values they were generated from, write
 * back unchanged, and an edit changes exactly the bytes of the edited value.
 */
class RoundTripPropertySpec extends Specification {

    static final int CASES = 400

    def "write(parse(x)) == x and parse(x) holds the generated values"() {
        expect:
        (1..CASES).every { seed ->
            def config = new GeneratedConfig(new Random(seed))
            def parsed = ConfigParser.parse(ConfigSource.of('g.cfg', config.text))
            assert !parsed.hasErrors(): "seed $seed: ${parsed.errors()}\n${config.text}"
            assert ParseSupport.values(parsed) == config.expected: "seed $seed\n${config.text}"
            assert new String(ConfigEditor.of(parsed).bytes(), 'UTF-8') == config.text
            true
        }
    }

    def "an edit changes exactly the edited bytes and nothing else"() {
        expect:
        (1..CASES).every { seed ->
            def random = new Random(seed)
            def config = new GeneratedConfig(random)
            def parsed = ConfigParser.parse(ConfigSource.of('g.cfg', config.text))
            def key = config.assignedAtoms.isEmpty() ? null : config.assignedAtoms[random.nextInt(config.assignedAtoms.size())]
            if (key == null) {
                return true
            }
            def span = parsed.settings().get(key).get().span()
            def newValue = 'edited ' + seed
            def edited = ConfigEditor.of(parsed).setString(key, newValue)
            byte[] before = config.text.getBytes('UTF-8')
            byte[] after = edited.bytes()
            int tail = before.length - span.end()
            assert Arrays.equals(Arrays.copyOfRange(before, 0, span.start()), Arrays.copyOfRange(after, 0, span.start()))
            assert Arrays.equals(Arrays.copyOfRange(before, span.end(), before.length), Arrays.copyOfRange(after, after.length - tail, after.length))
            def expected = new LinkedHashMap(config.expected)
            expected[key] = newValue
            assert ParseSupport.values(edited.parsed()) == expected
            true
        }
    }

    /** A random but valid configuration and the values libxlu would store for it. */
    static class GeneratedConfig {
        final Random random
        final StringBuilder out = new StringBuilder()
        final Map<String, Object> expected = [:]
        final Set<String> plusAssigned = []
        final List<String> assignedAtoms = []

        GeneratedConfig(Random random) {
            this.random = random
            int statements = 1 + random.nextInt(12)
            statements.times { i ->
                blankOrComment()
                statement(i == statements - 1)
            }
        }

        String getText() { out.toString() }

        void blankOrComment() {
            switch (random.nextInt(5)) {
                case 0: out << '\n'; break
                case 1: out << '# comment ' << random.nextInt(100) << '\n'; break
                default: break
            }
        }

        void statement(boolean last) {
            String key = key()
            boolean add = expected.containsKey(key) && random.nextInt(4) == 0
            def (text, value) = random.nextInt(3) == 0 ? list(0) : atom()
            if (add && (expected[key] instanceof List) != (value instanceof List)) {
                add = false
            }
            out << ' ' * random.nextInt(2) << key << blanks() << (add ? '+=' : '=') << blanks() << text
            if (add) {
                expected[key] = value instanceof List ? expected[key] + value : expected[key] + value
                plusAssigned << key
                assignedAtoms.remove(key)
            } else {
                expected[key] = value
                plusAssigned.remove(key)
                assignedAtoms.remove(key)
                if (!(value instanceof List)) {
                    assignedAtoms << key
                }
            }
            if (random.nextInt(4) == 0) {
                out << blanks() << '# trailing'
                out << '\n'
            } else if (last && random.nextBoolean()) {
                // the last assignment may go without terminator
            } else {
                out << blanks() << (random.nextInt(5) == 0 ? ';' : '\n')
            }
        }

        String key() {
            def keys = ['name', 'memory', 'vcpus', 'disk', 'vif', 'extra', 'a.b', 'x_y9', 'cpus']
            keys[random.nextInt(keys.size())]
        }

        String blanks() {
            [' ', '', '  ', '\t', ' \t '][random.nextInt(5)]
        }

        List atom() {
            if (random.nextBoolean()) {
                String n = [String.valueOf(random.nextInt(100000)), '0x1f', '010', '9a', '1e5'][random.nextInt(5)]
                return [n, n]
            }
            char quote = random.nextBoolean() ? '"' : "'"
            StringBuilder literal = new StringBuilder().append(quote)
            StringBuilder value = new StringBuilder()
            random.nextInt(12).times {
                switch (random.nextInt(10)) {
                    case 0: literal << '\\n'; value << '\n'; break
                    case 1: literal << '\\\\'; value << '\\'; break
                    case 2: literal << '\\' << quote; value << quote; break
                    case 3: literal << (quote == '"' ? "'" : '"'); value << (quote == '"' ? "'" : '"'); break
                    case 4: literal << 'é'; value << 'é'; break
                    default:
                        char c = ('a'..'z')[random.nextInt(26)] as char
                        def punct = ' /,=[]#;:-'
                        if (random.nextInt(4) == 0) c = punct.charAt(random.nextInt(punct.length()))
                        literal << c; value << c
                }
            }
            literal << quote
            [literal.toString(), value.toString()]
        }

        List list(int depth) {
            StringBuilder text = new StringBuilder('[')
            List values = []
            int n = random.nextInt(4)
            n.times { i ->
                text << listGap()
                def (t, v) = depth < 2 && random.nextInt(5) == 0 ? list(depth + 1) : atom()
                text << t << listGap()
                values << v
                if (i < n - 1 || random.nextInt(3) == 0) {
                    text << ','
                }
            }
            text << listGap() << ']'
            [text.toString(), values]
        }

        String listGap() {
            ['', ' ', '\n', ' # note\n', '\n  '][random.nextInt(5)]
        }
    }
}
