package xsh.cfg.domain

import spock.lang.Specification
import spock.lang.Unroll

import static xsh.cfg.domain.DomainSupport.*

class DeviceAndAffinitySpec extends Specification {

    @Unroll
    def "disk #spec is fatal with xl's disk message at the list item"() {
        when:
        def result = read(MINIMAL + "disk=['/ok,raw,xvda', '$spec']\n")

        then:
        !result.isOk()
        result.exitCode() == 1
        result.errors()*.render() == ["g.cfg:3:23: config parsing error in disk specification: $message".toString()]

        where:
        spec                  || message
        '/img,bogus,xvda'     || "unknown value for format: near `bogus' in `/img,bogus,xvda'"
        '/img,,xvda,rx'       || "unknown value for access: near `rx' in `/img,,xvda,rx'"
        'vdev=xvda'           || "no target specified (and device not removable) in `vdev=xvda'"
        'target=/a,vdev=xvda' || "no vdev specified in `target=/a,vdev=xvda'"
        'zzz:/img,xvda,w'     || "unknown deprecated disk prefix: near `zzz:' in `zzz:/img,xvda,w'"
    }

    def "a vif's refused keys are warnings at the item, and the vif is kept"() {
        when:
        def result = read(MINIMAL + "vif=['bridge=br0,foo=bar,mac=00:16:3e']\n")

        then:
        result.isOk()
        result.warnings()*.render() == ["g.cfg:3:6: warning: unrecognized argument `foo=bar'",
                                        "g.cfg:3:6: warning: Invalid parameter `mac'."]
        result.orElseThrow().vifs()*.bridge() == [Optional.of('br0')]
    }

    def "a bad vif rate is fatal with xl's message"() {
        when:
        def result = read(MINIMAL + "vif=['rate=abc']\n")

        then:
        !result.isOk()
        result.errors()*.render() == ["g.cfg:3:6: config parsing error in vif: invalid rate in `abc'"]
    }

    def "vifs are numbered by their place in the list"() {
        expect:
        config(MINIMAL + "vif=['bridge=a', '', 'bridge=c,rate=10Mb/s']\n").vifs()*.devid() == [0, 1, 2]
        config(MINIMAL + "vif=['rate=10Mb/s']\n").vifs()[0].rate().get().bytesPerInterval() == 62500
    }

    def "xl.conf's vif defaults are copied into every vif"() {
        given:
        def parsed = xsh.cfg.parse.ConfigParser.parse(xsh.cfg.source.ConfigSource.of('g.cfg', MINIMAL + "vif=['']\n"))

        expect:
        DomainConfigReader.read(parsed, new xsh.cfg.vif.VifDefaults(null, 'xenbr1', null, null)).orElseThrow()
                .vifs()[0].bridge() == Optional.of('xenbr1')
    }

    @Unroll
    def "cpus=#cpus is fatal: #message"() {
        expect:
        fatal(MINIMAL + "vcpus=2\ncpus=$cpus\n").startsWith(message)

        where:
        cpus              || message
        '"9x"'            || 'g.cfg:4:6: Invalid pcpu range: 9x.'
        '"^9x"'           || 'g.cfg:4:6: Invalid pcpu range: 9x.'
        '"all^0"'         || 'g.cfg:4:6: Invalid pcpu range: all^0.'
        '"^all"'          || 'g.cfg:4:6: Can\'t combine "^" and "all".'
        '"3-1"'           || 'g.cfg:4:6: Invalid pcpu range: 3-1.'
        '["0", "x"]'      || 'g.cfg:4:12: Invalid pcpu range: x.'
    }

    def "only the list items xl reads are checked: one per vCPU"() {
        expect:
        config(MINIMAL + 'vcpus=1\ncpus=["0", "x"]\n').cpus().get().isPerVcpu()
    }

    def "cpus_soft has the same syntax"() {
        expect:
        fatal(MINIMAL + 'cpus_soft="node:x"\n').startsWith('g.cfg:3:11: Invalid pcpu range: x.')
        config(MINIMAL + 'cpus_soft="nodes:0-1,^node:1"\n').cpusSoft().isPresent()
    }

    def "a cpus string is checked even without vCPUs to pin, as xl parses it anyway"() {
        expect:
        fatal(MINIMAL + 'cpus="9x"\n').startsWith('g.cfg:3:6: Invalid pcpu range: 9x.')
    }
}
