package xsh.cfg.vif

import spock.lang.Specification
import xsh.error.XshException

class VifSpecParserSpec extends Specification {

    def parser = new VifSpecParser()

    Map<String, Object> attach(String... words) {
        parser.parseAttachWords(words as List).spec().toLibxl()
    }

    ParsedVif config(String vif, int index = 0) {
        parser.parseConfigEntry('guest.cfg', index, vif)
    }

    // --- Appendix B: xl -N network-attach 0 WORD ---

    def "network-attach accepts #word as #json"() {
        expect:
        attach(word) == json

        where:
        word                         || json
        'mac=00-16-3e-01-02-03'      || [mac: '00:16:3e:01:02:03']
        'mac=00:16:3e:01:02:03'      || [mac: '00:16:3e:01:02:03']
        'bridge=xenbr1'              || [bridge: 'xenbr1']
        'rate=10Mb/s'                || [rate_bytes_per_interval: 62_500L, rate_interval_usecs: 50_000L]
        'rate=1MB/s@20ms'            || [rate_bytes_per_interval: 20_000L, rate_interval_usecs: 20_000L]
    }

    def "network-attach fails on #word with xl's message #xl"() {
        when:
        parser.parseAttachWords([word])

        then:
        def e = thrown(VifSpecException)
        e.xlMessage() == xl
        e.exitCode() == 1
        e instanceof XshException

        where:
        word               || xl
        'mac=00:16:3e'     || "Invalid parameter `mac'."
        'mac=100:2:3:4:5:6' || "Invalid parameter `mac'."
        'type=xyz'         || "Invalid parameter `type'."
        'foo=bar'          || "unrecognized argument `foo=bar'"
        'rate=abc'         || "command line: config parsing error in vif: invalid rate in `abc'"
        'vlan=10'          || "unrecognized argument `vlan=10'"    // vlan= arrived after 4.17
        'devid=x'          || 'xl: failed to convert "x" to number'
        'mtu=-1'           || 'xl: failed to convert "-1" to number'
        ''                 || "unrecognized argument `'"
    }

    def "accel is only a warning: network-attach goes on with an empty vif"() {
        when:
        def parsed = parser.parseAttachWords(['accel=x'])

        then:
        parsed.warnings() == ['the accel parameter for vifs is currently not supported']
        parsed.spec().toLibxl() == [:]
        parsed.spec().devid() == VifSpec.AUTO_DEVID
    }

    def "the human message says what is wrong in plain words"() {
        when:
        parser.parseAttachWords([word])

        then:
        def e = thrown(VifSpecException)
        e.message == human

        where:
        word          || human
        'type=xyz'    || "vif type 'xyz' is not valid: use 'vif' or 'ioemu'"
        'foo=bar'     || "unknown vif setting 'foo=bar'"
        'mtu=big'     || "vif mtu 'big' is not a number"
        'mac=00:16'   || "vif mac '00:16' is not a MAC address: expected six hex octets, e.g. 00:16:3e:01:02:03"
    }

    def "network-attach takes each word whole: commas do not split it"() {
        expect:
        attach('bridge=a,mac=00:16:3e:01:02:03') == [bridge: 'a,mac=00:16:3e:01:02:03']
    }

    def "a word with a leading space is not stripped on the command line"() {
        when:
        parser.parseAttachWords([' model=e1000'])

        then:
        def e = thrown(VifSpecException)
        e.xlMessage() == "unrecognized argument ` model=e1000'"
    }

    def "the lines printed before a fatal word travel with the failure"() {
        when:
        parser.parseAttachWords(['netdev=eth0', 'accel=1', 'rate=abc'])

        then:
        def e = thrown(VifSpecException)
        e.warningsBefore() == ['the netdev parameter is deprecated, please use gatewaydev instead',
                               'the accel parameter for vifs is currently not supported']
    }

    // --- MAC forms ---

    def "mac=#value is read as #mac"() {
        expect:
        attach("mac=$value") == [mac: mac]

        where:
        value                          || mac
        '00:16:3e:01:02:03'            || '00:16:3e:01:02:03'
        '00-16-3e-01-02-03'            || '00:16:3e:01:02:03'
        '00.16.3e.01.02.03'            || '00:16:3e:01:02:03'
        '00 16 3e 01 02 03'            || '00:16:3e:01:02:03'
        '0:1:2:3:4:5'                  || '00:01:02:03:04:05'
        '00:16:3E:AB:cd:Ef'            || '00:16:3e:ab:cd:ef'
        '0x00:0x16:0x3e:0x1:0x2:0x3'   || '00:16:3e:01:02:03'
        '00:16:3e:01:02:03:04'         || '00:16:3e:01:02:03'    // xl stops after six
        '00:16:3e:01:02:03junk'        || '00:16:3e:01:02:03'
        '100000000:1:2:3:4:5'          || '00:01:02:03:04:05'    // xl keeps 32 bits: 2^32 is 0
    }

    def "mac=#value is refused"() {
        when:
        parser.parseAttachWords(["mac=$value".toString()])

        then:
        def e = thrown(VifSpecException)
        e.xlMessage() == "Invalid parameter `mac'."

        where:
        value << ['00:16:3e', '100:2:3:4:5:6', '00::16:3e:01:02', 'zz:16:3e:01:02:03', '-1:2:3:4:5:6',
                  '00:16:3e:01:02:', '']
    }

    def "an all-zero mac means the same to libxl as none"() {
        when:
        def spec = parser.parseAttachWords(['mac=00:00:00:00:00:00']).spec()

        then:
        spec.mac().get().isZero()
        spec.toLibxl() == [:]
    }

    def "a short mac on the command line reads on into the next word, as xl's strtoul does"() {
        when:
        def spec = parser.parseAttachWords(['mac=00:16:3e:01:02', 'bridge=xenbr0']).spec()

        then: 'the 6th octet is the "b" of bridge'
        spec.toLibxl() == [mac: '00:16:3e:01:02:0b', bridge: 'xenbr0']
    }

    // --- config-file mode: vif=[...] entries ---

    def "Appendix A: vif=[\"bridge=xenbr0\"] is {devid 0, bridge xenbr0}"() {
        when:
        def parsed = config('bridge=xenbr0')

        then:
        parsed.spec().toLibxl() == [devid: 0, bridge: 'xenbr0']
        parsed.warnings().isEmpty()
    }

    def "an empty vif string takes every default but keeps its list index as devid"() {
        expect:
        config('', 2).spec().toLibxl() == [devid: 2]
        config(',,', 1).spec().toLibxl() == [devid: 1]
    }

    def "every key lands in libxl's field, in libxl's order"() {
        when:
        def json = config('untrusted,gatewaydev=eth0,rate=10Mb/s,type=ioemu,script=vif-route,vifname=web0,' +
                'bridge=br1,ip=10.0.0.2,mac=00:16:3e:0a:0b:0c,model=e1000,mtu=9000,devid=3,backend=drv').spec().toLibxl()

        then:
        json == [backend_domname: 'drv', devid: 3, mtu: 9000, model: 'e1000', mac: '00:16:3e:0a:0b:0c',
                 ip: '10.0.0.2', bridge: 'br1', ifname: 'web0', script: 'vif-route', nictype: 'vif_ioemu',
                 rate_bytes_per_interval: 62_500L, rate_interval_usecs: 50_000L, gatewaydev: 'eth0', trusted: 'False']
        json.keySet() as List == ['backend_domname', 'devid', 'mtu', 'model', 'mac', 'ip', 'bridge', 'ifname',
                                  'script', 'nictype', 'rate_bytes_per_interval', 'rate_interval_usecs',
                                  'gatewaydev', 'trusted']
    }

    def "the typed view shows the same values"() {
        when:
        def spec = config('type=vif,mac=00:16:3e:01:02:03,rate=1MB/s@20ms,trusted,vifname=v0', 1).spec()

        then:
        spec.devid() == 1
        spec.type().get() == NicType.VIF
        spec.mac().get() == MacAddress.of(0, 0x16, 0x3e, 1, 2, 3)
        spec.rate().get() == new VifRate(20_000, 20_000)
        spec.trusted().get()
        spec.vifname().get() == 'v0'
        spec.bridge().isEmpty()
        spec.mtu() == 0
    }

    def "in a config file a refused key is printed but the vif is still created"() {
        when:
        def parsed = config(vif)

        then:
        parsed.warnings() == warnings
        parsed.spec().toLibxl() == json

        where:
        vif                                || warnings                                     | json
        'foo=bar,bridge=br0'               || ["unrecognized argument `foo=bar'"]           | [devid: 0, bridge: 'br0']
        'type=xyz,bridge=br0'              || ["Invalid parameter `type'."]                 | [devid: 0, bridge: 'br0']
        'vlan=10,bridge=br0'               || ["unrecognized argument `vlan=10'"]           | [devid: 0, bridge: 'br0']
        'bridge,model=e1000'               || ["unrecognized argument `bridge'"]            | [devid: 0, model: 'e1000']
        'trusted=1'                        || ["unrecognized argument `trusted=1'"]         | [devid: 0]
        'bridge=br0, ,model=e1000'         || ["unrecognized argument `'"]                  | [devid: 0, bridge: 'br0', model: 'e1000']
        'accel=on'                         || ['the accel parameter for vifs is currently not supported'] | [devid: 0]
    }

    def "a bad mac in a config file keeps the octets xl had already read"() {
        when:
        def parsed = config(vif)

        then:
        parsed.warnings() == ["Invalid parameter `mac'."]
        parsed.spec().toLibxl() == json

        where:
        vif                                        || json
        'mac=00:16:3e:zz,bridge=br0'               || [devid: 0, mac: '00:16:3e:00:00:00', bridge: 'br0']
        'mac=00:16:3e,bridge=br0'                  || [devid: 0, mac: '00:16:3e:0b:00:00', bridge: 'br0'] // reads "b" of bridge
        'mac=00:16:3e:01:02:03,mac=aa:zz'          || [devid: 0, mac: 'aa:16:3e:01:02:03']
        'mac=zz'                                   || [devid: 0]
    }

    def "fields lose their leading spaces but keep trailing ones"() {
        expect:
        config('bridge=br0,   mac=00:16:3e:01:02:03,  model=e1000 ').spec().toLibxl() ==
                [devid: 0, model: 'e1000 ', mac: '00:16:3e:01:02:03', bridge: 'br0']
    }

    def "a value may contain '=' and later keys override earlier ones"() {
        expect:
        config('ip=a=b,bridge=br0,bridge=br1,trusted,untrusted').spec().toLibxl() ==
                [devid: 0, ip: 'a=b', bridge: 'br1', trusted: 'False']
    }

    def "netdev is the deprecated name of gatewaydev"() {
        when:
        def parsed = config('netdev=eth1')

        then:
        parsed.warnings() == ['the netdev parameter is deprecated, please use gatewaydev instead']
        parsed.spec().toLibxl() == [devid: 0, gatewaydev: 'eth1']
    }

    def "in a config file a bad #key stops creation, naming the config file for rates"() {
        when:
        config("bridge=br0,foo=1,$key=$value")

        then:
        def e = thrown(VifSpecException)
        e.xlMessage() == xl
        e.warningsBefore() == ["unrecognized argument `foo=1'"]
        e.exitCode() == 1

        where:
        key     | value  || xl
        'rate'  | 'abc'  || "guest.cfg: config parsing error in vif: invalid rate in `abc'"
        'rate'  | ''     || "guest.cfg: config parsing error in vif: no rate specified in `'"
        'devid' | 'x'    || 'xl: failed to convert "x" to number'
        'mtu'   | ''     || 'xl: failed to convert "" to number'
    }

    def "devid and mtu are read like strtoul into a C int"() {
        expect:
        config(vif).spec().toLibxl() == json

        where:
        vif                   || json
        'mtu=1500abc'         || [devid: 0, mtu: 1500]          // trailing junk ignored
        'mtu= +9000'          || [devid: 0, mtu: 9000]
        'mtu=0'               || [devid: 0]                     // 0 is libxl's "default"
        'devid=7'             || [devid: 7]
        'devid=4294967295'    || [:]                            // wraps to -1: "choose one"
        'devid=-2'            || [devid: -2]
    }

    def "COLO settings use libxl's field names and order"() {
        when:
        def spec = config('colo_checkpoint_port=9000,forwarddev=eth1,colo_sock_mirror_id=m1').spec()

        then:
        spec.toLibxl() == [devid: 0, coloft_forwarddev: 'eth1', colo_sock_mirror_id: 'm1', colo_checkpoint_port: '9000']
        spec.toLibxl().keySet() as List == ['devid', 'coloft_forwarddev', 'colo_sock_mirror_id', 'colo_checkpoint_port']
        spec.colo() == [coloft_forwarddev: 'eth1', colo_sock_mirror_id: 'm1', colo_checkpoint_port: '9000']
    }

    def "xl.conf's vif defaults are filled in before the keys are read"() {
        given:
        def withDefaults = new VifSpecParser(new VifDefaults('vif-openvswitch', 'ovsbr0', 'eth0', 'netdom'))

        expect:
        withDefaults.parseConfigEntry('g.cfg', 0, 'bridge=br9').spec().toLibxl() ==
                [backend_domname: 'netdom', devid: 0, bridge: 'br9', script: 'vif-openvswitch', gatewaydev: 'eth0']
        withDefaults.parseAttachWords([]).spec().toLibxl() ==
                [backend_domname: 'netdom', bridge: 'ovsbr0', script: 'vif-openvswitch', gatewaydev: 'eth0']
    }

    def "specs with the same settings are equal"() {
        expect:
        config('bridge=br0,mac=00:16:3e:01:02:03').spec() == config('mac=00:16:3e:01:02:03, bridge=br0').spec()
        config('bridge=br0').spec() != config('bridge=br1').spec()
        config('bridge=br0').spec().toString() == 'VifSpec{devid=0, bridge=br0}'
    }
}
