package xsh.shell.repl

import org.jline.utils.AttributedString
import org.jline.utils.AttributedStyle
import spock.lang.Specification

class ReplHighlighterSpec extends Specification {

    static final Map<AttributedStyle, String> MARKS = [
            (ReplHighlighter.COMMAND): 'cmd', (ReplHighlighter.ERROR): 'err', (ReplHighlighter.OPTION): 'opt',
            (ReplHighlighter.DOMAIN) : 'dom', (ReplHighlighter.COMMENT): 'rem']

    def highlighter = new ReplHighlighter(MiniTable.table(), { ['web', 'db'] as Set } as DomainNames)

    /** The line with each styled run written {style:text}; unstyled text as it is. */
    static String marked(AttributedString styled) {
        def out = new StringBuilder()
        int i = 0
        while (i < styled.length()) {
            def style = styled.styleAt(i)
            int j = i
            while (j < styled.length() && styled.styleAt(j) == style) {
                j++
            }
            String text = styled.subSequence(i, j).toString()
            if (style == AttributedStyle.DEFAULT) {
                out << text
            } else {
                assert MARKS[style]: "an unexpected style at $i of '$styled'"
                out << "{${MARKS[style]}:$text}"
            }
            i = j
        }
        out.toString()
    }

    def "'#line' is drawn #drawn"() {
        expect:
        marked(highlighter.highlight(line)) == drawn
        highlighter.highlight(line).toString() == line

        where:
        line                            | drawn
        ''                              | ''
        'list'                          | '{cmd:list}'
        'lis'                           | '{err:lis}'
        'nosuch web'                    | '{err:nosuch} {dom:web}'
        'list -l web other'             | '{cmd:list} {opt:-l} {dom:web} other'
        'list --long --bogus'           | '{cmd:list} {opt:--long} {err:--bogus}'
        'list -lv -lx'                  | '{cmd:list} {opt:-lv} {err:-lx}'
        'save -cp db d.save'            | '{cmd:save} {opt:-cp} {dom:db} d.save'
        'console -t pv web'             | '{cmd:console} {opt:-t} pv {dom:web}'
        'console -tpv web'              | '{cmd:console} {opt:-tpv} {dom:web}'
        '--host lab --json list'        | '{opt:--host} lab {opt:--json} {cmd:list}'
        '--host=lab list'               | '{opt:--host=lab} {cmd:list}'
        'cfg check a.cfg'               | '{cmd:cfg} {cmd:check} a.cfg'
        'cfg nosuch'                    | '{cmd:cfg} {err:nosuch}'
        'list; save web f'              | '{cmd:list}; {cmd:save} {dom:web} f'
        'list;nosuch'                   | '{cmd:list};{err:nosuch}'
        "list 'we"                      | "{cmd:list} {err:'we}"
        "list 'web'"                    | "{cmd:list} {dom:'web'}"
        'list "a b" c'                  | '{cmd:list} "a b" c'
        'list w\\eb'                    | '{cmd:list} {dom:w\\eb}'
        'list -- -l'                    | '{cmd:list} {opt:--} -l'
        'list # all of them'            | '{cmd:list} {rem:# all of them}'
        'list a#b'                      | '{cmd:list} a#b'
        'xl list -l web'                | '{cmd:xl} list -l {dom:web}'
        '  list  '                      | '  {cmd:list}  '
    }

    def "without domain names, no word is drawn as a domain"() {
        given:
        def plain = new ReplHighlighter(MiniTable.table(), DomainNames.NONE)

        expect:
        marked(plain.highlight('save web f')) == '{cmd:save} web f'
    }
}
