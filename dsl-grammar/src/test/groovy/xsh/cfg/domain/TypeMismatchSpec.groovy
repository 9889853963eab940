package xsh.cfg.domain

import spock.lang.Specification
import spock.lang.Unroll

import static xsh.cfg.domain.DomainSupport.*

class TypeMismatchSpec extends Specification {

    @Unroll
    def "#key=#value is warned about and treated as absent"() {
        when:
        def result = read(MINIMAL + "$key=$value\n")
        def typed = result.orElseThrow()

        then:
        result.warnings().size() == 1
        result.warnings()[0].line() == 3
        absent(typed)

        where:
        key          | value         || absent
        'memory'     | '[512]'       || { DomainConfig it -> it.memory().memoryMib().isEmpty() }
        'memory'     | '"512M"'      || { DomainConfig it -> it.memory().memoryMib().isEmpty() }
        'memory'     | '08'          || { DomainConfig it -> it.memory().memoryMib().isEmpty() }
        'maxmem'     | '"1g"'        || { DomainConfig it -> it.memory().maxmemMib().isEmpty() }
        'vcpus'      | '"two"'       || { DomainConfig it -> it.vcpus().vcpus().isEmpty() }
        'maxvcpus'   | '[4]'         || { DomainConfig it -> it.vcpus().maxvcpus().isEmpty() }
        'cpu_weight' | '"heavy"'     || { DomainConfig it -> it.scheduler().cpuWeight().isEmpty() }
        'cap'        | '99999999999999999999' || { DomainConfig it -> it.scheduler().cap().isEmpty() }
        'on_crash'   | '["preserve"]' || { DomainConfig it -> it.lifecycle().onCrash() == LifecycleAction.DESTROY }
        'pool'       | '["p"]'       || { DomainConfig it -> it.pool().isEmpty() }
        'uuid'       | '["x"]'       || { DomainConfig it -> it.uuid().isEmpty() }
        'seclabel'   | '["x"]'       || { DomainConfig it -> it.seclabel().isEmpty() }
        'init_seclabel' | '["x"]'    || { DomainConfig it -> it.initSeclabel().isEmpty() }
        'cpu_weight' | '"12 "'       || { DomainConfig it -> it.scheduler().cpuWeight().isEmpty() }
        'vnc'        | '"yes"'       || { DomainConfig it -> it.graphics().vnc().enabled().isEmpty() }
        'disk'       | '"/img,raw,xvda"' || { DomainConfig it -> it.disks().isEmpty() }
        'vif'        | '"bridge=br0"' || { DomainConfig it -> it.vifs().isEmpty() }
        'hap'        | '"yes"'       || { DomainConfig it -> it.flag(DomainFlag.HAP).isEmpty() }
        'nomigrate'  | '[1]'         || { DomainConfig it -> it.flag(DomainFlag.NOMIGRATE).isEmpty() }
        'ramdisk'    | '["/i"]'      || { DomainConfig it -> it.boot().ramdisk().isEmpty() }
        'extra'      | '["x"]'       || { DomainConfig it -> it.boot().cmdline().isEmpty() }
        'pci'        | '"0000:00:06.0"' || { DomainConfig it -> it.pci().devices().isEmpty() }
    }

    def "a kernel given as a list is absent, so a PV guest has nothing to boot"() {
        when:
        def result = read('name="g"\nkernel=["/k"]\n')

        then:
        result.warnings()*.line() == [2]
        result.errors()*.message()[0].startsWith('Neither kernel nor bootloader specified')
    }

    def "a number set with += is never a number for xl"() {
        when:
        def result = read(MINIMAL + 'memory=5\nmemory+=12\n')

        then:
        result.orElseThrow().memory().memoryMib().isEmpty()
        result.warnings().size() == 1
    }

    def "a wrongly typed type is absent, so the guest is PV"() {
        when:
        def result = read(MINIMAL + 'type=["hvm"]\n')

        then:
        result.orElseThrow().type() == DomainType.PV
        result.warnings().size() == 1
    }

    def "a name that is a list is absent, which is fatal"() {
        when:
        def result = read('name=["g"]\nkernel="/k"\n')

        then:
        result.warnings().size() == 1
        result.errors()*.message() == ['Domain name must be specified.']
    }

    def "a number given as a name is a fine name"() {
        expect:
        config('name=123\nkernel="/k"\n').name() == '123'
    }

    def "a nested list ends a list: items after it are lost, as in xl"() {
        when:
        def result = read(MINIMAL + 'pci=["0000:00:06.0",["x"],"0000:00:0a.0"]\n')

        then:
        result.orElseThrow().pci().devices() == ['0000:00:06.0']
        result.warnings().size() == 1
    }
}
