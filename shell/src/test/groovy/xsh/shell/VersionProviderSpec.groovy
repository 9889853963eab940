package xsh.shell

import javax.xml.parsers.DocumentBuilderFactory
import spock.lang.Specification

class VersionProviderSpec extends Specification {

    def "the version is the Maven project's, and the Java version comes second"() {
        expect:
        new VersionProvider().version == [
                "xsh ${projectVersion()}",
                "Java ${System.getProperty('java.version')} (${System.getProperty('java.vendor')})",
        ] as String[]
    }

    /** The version in the parent pom, which every module inherits. */
    private static String projectVersion() {
        def project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File('../pom.xml')).documentElement
        def children = project.childNodes
        (0..<children.length).collect { children.item(it) }.find { it.nodeName == 'version' }.textContent
    }
}
