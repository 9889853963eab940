package xsh.hv.xen.parse

/** The recorded xl outputs under src/test/resources/xl-output. */
class XlOutputs {

    static String text(String name) {
        resource("${name}.txt")
    }

    /** xsh's --json of the same command, recorded with it: the values the text was rendered from. */
    static Object json(String name) {
        new groovy.json.JsonSlurper().parseText(resource("${name}.json"))
    }

    private static String resource(String file) {
        URL url = XlOutputs.getResource("/xl-output/${file}")
        assert url: "no recorded output ${file}"
        url.getText('UTF-8')
    }
}
