package xsh.cfg.grammar

import spock.lang.Specification

class GeneratedParserSpec extends Specification {
    def "the generated lexer splits an assignment into libxlu's tokens"() {
        expect:
        def lexer = new XlCfgLexer(org.antlr.v4.runtime.CharStreams.fromString('memory = 1024\n'))
        lexer.allTokens*.type == [XlCfgLexer.IDENT, XlCfgLexer.ASSIGN, XlCfgLexer.NUMBER, XlCfgLexer.NEWLINE]
    }
}
