package xsh.shell.dsl

import groovy.transform.TypeChecked
import org.codehaus.groovy.control.CompilerConfiguration
import org.codehaus.groovy.control.MultipleCompilationErrorsException
import org.codehaus.groovy.control.customizers.ASTTransformationCustomizer
import org.codehaus.groovy.control.customizers.ImportCustomizer
import spock.lang.Specification

/**
 * What editors and Groovy's type checker know of the DSL: the named arguments each method
 * declares, the types of its results, and the delegate of its closures.
 */
class TypeCheckingSpec extends Specification {

    def "a type-checked script that uses the DSL as documented compiles"() {
        when:
        compile('''
            Domain d = create 'web.cfg', paused: true, overrides: [memory: 512]
            Saved s = save d, 'web.save', pause: true, keepRunning: false
            String name = s.domain.name
            List<String> paused = list().findAll { Domain it -> it.paused }*.name
            ZfsDataset snap = zfs.snapshot 'tank/web@1', recursive: true
            zfs {
                snapshot 'tank/web@2'
                clone 'tank/web@2', 'tank/web2', properties: [compression: 'gzip']
            }
            Size m = domain('web').memory
        ''')

        then:
        noExceptionThrown()
    }

    def "the type checker refuses a named argument the method does not declare"() {
        when:
        compile("save 'web', 'web.save', pasue: true")

        then:
        def e = thrown(MultipleCompilationErrorsException)
        e.message.contains('pasue')
    }

    def "the type checker refuses a named argument of the wrong type"() {
        when:
        compile("save 'web', 'web.save', pause: 'yes'")

        then:
        def e = thrown(MultipleCompilationErrorsException)
        e.message.contains('pause')
    }

    def "inside the zfs closure, zfs's methods are known: a misspelt one is refused"() {
        when:
        compile("zfs { snapshto 'tank/web@1' }")

        then:
        def e = thrown(MultipleCompilationErrorsException)
        e.message.contains('snapshto')
    }

    private static void compile(String script) {
        def config = new CompilerConfiguration()
        config.scriptBaseClass = XshDsl.name
        config.addCompilationCustomizers(new ImportCustomizer().addStarImports('xsh.shell.dsl'),
                new ASTTransformationCustomizer(TypeChecked))
        new GroovyShell(TypeCheckingSpec.classLoader, new Binding(), config).parse(script)
    }
}
