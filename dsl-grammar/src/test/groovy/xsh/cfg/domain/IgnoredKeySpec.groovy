package xsh.cfg.domain

import spock.lang.Specification
import spock.lang.Unroll

import static xsh.cfg.domain.DomainSupport.*

class IgnoredKeySpec extends Specification {

    @Unroll
    def "#key is not an xl key: reported with the suggestion #suggestion"() {
        when:
        def ignored = config(MINIMAL + "$key=1\n").ignoredKeys()

        then:
        ignored.size() == 1
        ignored[0].key() == key
        ignored[0].reason() == IgnoredKey.Reason.UNKNOWN
        ignored[0].suggestion() == Optional.ofNullable(suggestion)
        ignored[0].span().line() == 3

        where:
        key              || suggestion
        'weight'         || 'cpu_weight'
        'vcpu'           || 'vcpus'
        'memmory'        || 'memory'
        'disks'          || 'disk'
        'on_shutdown'    || null
        'maxvcpu'        || 'maxvcpus'
        'bootloaderargs' || 'bootloader_args'
        'frobnicate'     || null
    }

    def "the warning names the key and the likely one"() {
        expect:
        config(MINIMAL + 'weight=512\n').ignoredKeys()[0].warning('g.cfg').render() ==
                'g.cfg:3:1: warning: `weight` is not an xl.cfg key; xl ignores it (did you mean `cpu_weight`?)'
    }

    @Unroll
    def "#key is read for other guest types only, so a #type guest ignores it"() {
        when:
        def ignored = config("type=\"$type\"\n" + MINIMAL + "$key=1\n").ignoredKeys()

        then:
        ignored*.key() == [key]
        ignored[0].reason() == IgnoredKey.Reason.NOT_FOR_TYPE
        ignored[0].message() == "`$key` does not apply to $type guests; xl ignores it"

        where:
        key         | type
        'pae'       | 'pv'
        'usbdevice' | 'pvh'
        'e820_host' | 'hvm'
        'pvshim'    | 'pv'
        'keymap'    | 'pvh'
    }

    def "keys xl reads but xsh does not model are not reported"() {
        expect:
        config(MINIMAL + 'vtpm=["backend=0"]\ncpuid="host"\ntsc_mode="native"\n').ignoredKeys() == []
    }

    def "ignored keys are also known when reading fails"() {
        expect:
        read('weight=1\n').ignoredKeys()*.key() == ['weight']
    }
}
