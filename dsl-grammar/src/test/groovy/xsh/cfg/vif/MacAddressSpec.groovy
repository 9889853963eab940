package xsh.cfg.vif

import spock.lang.Specification

class MacAddressSpec extends Specification {

    def "a MAC address is written in lower-case hex pairs joined by colons"() {
        expect:
        MacAddress.of(0x00, 0x16, 0x3e, 0xab, 0x0c, 0xff).toString() == '00:16:3e:ab:0c:ff'
    }

    def "only the all-zero address counts as unset"() {
        expect:
        MacAddress.of(0, 0, 0, 0, 0, 0).isZero()
        !MacAddress.of(0, 0, 0, 0, 0, 1).isZero()
    }

    def "addresses with the same octets are equal"() {
        expect:
        MacAddress.of(0, 0x16, 0x3e, 1, 2, 3) == MacAddress.of(0, 0x16, 0x3e, 1, 2, 3)
        MacAddress.of(0, 0x16, 0x3e, 1, 2, 3).hashCode() == MacAddress.of(0, 0x16, 0x3e, 1, 2, 3).hashCode()
        MacAddress.of(0, 0x16, 0x3e, 1, 2, 3) != MacAddress.of(0, 0x16, 0x3e, 1, 2, 4)
    }

    def "octets outside 0..255 or a count other than six are programming errors"() {
        when:
        MacAddress.of(octets as int[])

        then:
        thrown(IllegalArgumentException)

        where:
        octets << [[0, 1, 2, 3, 4], [0, 1, 2, 3, 4, 256], [-1, 1, 2, 3, 4, 5]]
    }
}
