package xsh.toolstack.saverestore

import java.nio.ByteBuffer
import java.nio.ByteOrder
import java.nio.file.Files
import xsh.cfg.libxl.LibxlConfigJson

class SaveImageFormatSpec extends SimHostSaveFixture {

    static final String MAGIC_HEX = '58656e2073617665642064' + '6f6d61696e2c20786c20666f726d61740a2000200d'

    def "the header is xl's: magic, byte order mark little-endian, mandatory flags, no optional flags, 4 + config length"() {
        expect:
        SaveImageHeader.forJsonConfig(configLength).encode().encodeHex().toString() ==
                MAGIC_HEX + '04030201' + flagsHex + '00000000' + lengthHex

        where:
        configLength | flagsHex   | lengthHex
        0            | '02000000' | '04000000'
        1            | '03000000' | '05000000'
        1234         | '03000000' | 'd6040000'
        0x10000      | '03000000' | '04000100'
    }

    def "xl's info line shows the flags in hex and the optional data's length in decimal"() {
        expect:
        new SaveImageHeader(mandatory, optional, length).info() == info

        where:
        mandatory | optional | length | info
        3         | 0        | 1234   | '0x3/0x0/1234'
        2         | 0        | 4      | '0x2/0x0/4'
        0x13      | 0        | -1     | '0x13/0x0/4294967295'
    }

    def "a saved image starts with xl's header, then the config's length and libxl's JSON of the live domain with its NUL"() {
        given:
        def web = running('web')
        def file = home.resolve('web.save')

        when:
        save('web', file)

        then:
        def bytes = Files.readAllBytes(file)
        def le = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN)
        bytes[0..<32] as byte[] == SaveImageHeader.MAGIC
        le.getInt(32) == 0x01020304
        le.getInt(36) == 3
        le.getInt(40) == 0
        int configLength = le.getInt(48)
        le.getInt(44) == 4 + configLength
        bytes[52 + configLength - 1] == 0 as byte
        def json = new String(bytes, 52, configLength - 1, 'UTF-8')
        json == LibxlConfigJson.render(ConfigTyperFor.type(configFile('web')).config(), SavedConfig.facts(host.hostInfo()),
                { web.uuid() })
        told == ["Saving to $file new xl format (info 0x3/0x0/${4 + configLength})".toString()]
    }

    def "the saved config names the live domain, with its domid only when saved with -D"() {
        given:
        def web = running('web')
        host.rename(web.domid(), 'web-renamed')
        def file = home.resolve('web.save')

        when:
        save('web-renamed', file, c: true, D: preserve)

        then:
        def json = savedJson(file)
        json.contains('"name": "web-renamed",')
        json.contains("\"domid\": ${web.domid()},") == preserve
        json.contains("\"uuid\": \"${web.uuid()}\"")
        json.indexOf('"name"') < json.indexOf('"uuid"')

        where:
        preserve << [false, true]
    }

    def "libxl's stream follows the config: LibxlFmt version 2 little-endian, then a LIBXC_CONTEXT record"() {
        given:
        running('web')
        def file = home.resolve('web.save')

        when:
        save('web', file)

        then:
        def bytes = Files.readAllBytes(file)
        int at = 52 + ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt(48)
        new String(bytes, at, 8, 'US-ASCII') == 'LibxlFmt'
        ByteBuffer.wrap(bytes, at + 8, 8).order(ByteOrder.BIG_ENDIAN).with { [getInt(), getInt()] } == [2, 0]
        ByteBuffer.wrap(bytes, at + 16, 8).order(ByteOrder.LITTLE_ENDIAN).with { [getInt(), getInt()] } == [1, 0]
        ByteBuffer.wrap(bytes, at + 24, 12).order(ByteOrder.BIG_ENDIAN).with { [getLong(), getInt()] } ==
                [-1L, 0x58454E46]
    }

    static String savedJson(java.nio.file.Path file) {
        def bytes = Files.readAllBytes(file)
        int length = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt(48)
        new String(bytes, 52, length - 1, 'UTF-8')
    }

    /** Types a config file as save's CONFIG argument is typed. */
    static class ConfigTyperFor {
        static xsh.hv.DomainDefinition type(java.nio.file.Path file) {
            xsh.toolstack.vmcontrol.ConfigTyper.type(xsh.cfg.source.ConfigSource.of(file.toString(),
                    Files.readAllBytes(file))).definition()
        }
    }
}
