package xsh.e2e

import spock.lang.Specification

class PlaceholderSpec extends Specification {
    def "the project root is known to the end-to-end specs"() {
        expect:
        new File(System.getProperty('xsh.root'), 'pom.xml').isFile()
    }
}
