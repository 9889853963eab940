package xsh.hv.xen.config

import spock.lang.Specification

import static xsh.hv.xen.config.LibxlRoundTrip.*

/** Channels and vTPMs back as xl's channel= and vtpm= entries (xl.cfg(5)). */
class XlConfigFromLibxlChannelVtpmSpec extends Specification {

    static List<String> devices(Map extra) {
        def config = [c_info: [type: 'pv', name: 'g'], b_info: [kernel: '/k'], on_reboot: 'restart',
                      on_soft_reset: 'soft_reset'] + extra
        text(XlConfigFromLibxl.of(config, '<live:g>')).readLines().findAll {
            it.startsWith('channel') || it.startsWith('vtpm') || it.startsWith('#')
        }
    }

    def "#what"() {
        expect:
        devices(extra) == lines

        where:
        what                          | extra                                                                                                 || lines
        'a pty channel'               | [channels: [[devid: 0, name: 'org.qemu.guest_agent.0', 'connection.pty': [:]]]]                       || ['channel = ["name=org.qemu.guest_agent.0,connection=pty"]']
        'a socket channel, a backend' | [channels: [[backend_domname: 'drv', name: 'c', 'connection.socket': [path: '/run/c.sock']]]]         || ['channel = ["backend=drv,name=c,connection=socket,path=/run/c.sock"]']
        'a socket without a path'     | [channels: [[name: 'c', 'connection.socket': [:]]]]                                                   || ['# libxl: channel 0 not carried: a value xl\'s channel= cannot hold']
        'an unknown connection'       | [channels: [[name: 'c', 'connection.unknown': [:]]]]                                                  || ['# libxl: channel 0 not carried: no pty or socket connection']
        'a name with a comma'         | [channels: [[name: 'a,b', 'connection.pty': [:]]]]                                                    || ['# libxl: channel 0 not carried: a value xl\'s channel= cannot hold']
        'a vTPM'                      | [vtpms: [[backend_domid: 1, backend_domname: 'vtpmmgr', devid: 0, uuid: 'e4b0a8c2-1f3d-4e5a-9b6c-7d8e9f0a1b2c']]] || ['vtpm = ["backend=vtpmmgr,uuid=e4b0a8c2-1f3d-4e5a-9b6c-7d8e9f0a1b2c"]']
        'a vTPM without a backend'    | [vtpms: [[backend_domid: 1]]]                                                                          || ['# libxl: vtpm 0 not carried: xl\'s vtpm= needs the backend domain\'s name']
    }

    def "the config with them still types cleanly"() {
        when:
        def result = read(XlConfigFromLibxl.of([c_info  : [type: 'pv', name: 'g'], b_info: [kernel: '/k'],
                                                channels: [[name: 'c', 'connection.pty': [:]]],
                                                vtpms   : [[backend_domname: 'vtpmmgr']]], '<live:g>'))

        then:
        result.diagnostics()*.render() == []
        result.ignoredKeys() == []
    }
}
