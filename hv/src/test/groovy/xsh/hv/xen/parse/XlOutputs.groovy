package xsh.hv.xen.parse

/** The recorded xl outputs under src/test/resources/xl-output. */
class XlOutputs {

    static String text(String name) {
        URL url = XlOutputs.getResource("/xl-output/${name}.txt")
        assert url: "no recorded output ${name}"
        url.getText('UTF-8')
    }
}
