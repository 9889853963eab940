package xsh.cfg.grammar

import org.antlr.v4.runtime.CharStreams
import spock.lang.Specification
import spock.lang.Unroll

import static xsh.cfg.grammar.XlCfgLexer.*

class GeneratedLexerSpec extends Specification {

    static List<Integer> types(String text) {
        new XlCfgLexer(CharStreams.fromString(text)).allTokens*.type.findAll { it != BLANK }
    }

    @Unroll
    def "flex's longest match makes #text lex as #expected"() {
        expect:
        types(text) == expected

        where:
        text           || expected
        'memory = 1024\n' || [IDENT, ASSIGN, NUMBER, NEWLINE]
        'a+=1;'        || [IDENT, ADD, NUMBER, SEMI]
        'a.b_c9'       || [IDENT]
        '0x1f 9a 0xx'  || [NUMBER, NUMBER, NUMBER]
        "'x' \"y\""    || [STRING, STRING]
        '# c\n'        || [NEWLINE]
        '[1,]'         || [LBRACK, NUMBER, COMMA, RBRACK]
        '-1 x'         || [LEXERR_WORD, IDENT]
        '@ x'          || [LEXERR_BLANK, IDENT]
        'a=@\n'        || [IDENT, ASSIGN, LEXERR_NEWLINE]
        '0X1F'         || [NUMBER, LEXERR_WORD]
        '"abc'         || [LEXERR_WORD]
    }
}
