package xsh.hv.sim.storage

/** zfs set: what may be set, to what, and what children inherit. */
class PropertySpec extends StorageFixture {

    def setup() {
        zfs.createFilesystem('tank/vm/a', [:], true)
        zfs.createVolume('tank/vol', 1 << 20, [:], false, false)
        zfs.snapshot(['tank/vm@t1'], false)
    }

    def "set refuses as zfs does: #property=#value on #name"() {
        expect:
        refusal { zfs.set(name, property, value) } == message

        where:
        name         | property          | value   || message
        'tank/vm'    | 'bogus'           | '1'     || "cannot set property for 'tank/vm': invalid property 'bogus'"
        'tank/vm'    | 'used'            | '1'     || "cannot set property for 'tank/vm': 'used' is readonly"
        'tank/vm'    | 'referenced'      | '1'     || "cannot set property for 'tank/vm': 'referenced' is readonly"
        'tank/vm'    | 'origin'          | 'x'     || "cannot set property for 'tank/vm': 'origin' is readonly"
        'tank/vol'   | 'volblocksize'    | '8K'    || "cannot set property for 'tank/vol': 'volblocksize' is readonly"
        'tank/vm'    | 'compression'     | 'bogus' || "cannot set property for 'tank/vm': 'compression' must be one of 'on | off | lzjb | gzip | gzip-[1-9] | zle'"
        'tank/vm'    | 'readonly'        | 'yes'   || "cannot set property for 'tank/vm': 'readonly' must be one of 'on | off'"
        'tank/vm'    | 'mountpoint'      | 'rel'   || "cannot set property for 'tank/vm': 'mountpoint' must be an absolute path, 'none', or 'legacy'"
        'tank/vm'    | 'volsize'         | '1M'    || "cannot set property for 'tank/vm': 'volsize' does not apply to datasets of this type"
        'tank/vol'   | 'mountpoint'      | '/x'    || "cannot set property for 'tank/vol': 'mountpoint' does not apply to datasets of this type"
        'tank/vm'    | 'quota'           | '10Q'   || "cannot set property for 'tank/vm': bad numeric value '10Q'"
        'tank/vm'    | 'quota'           | '1K'    || "cannot set property for 'tank/vm': size is less than current used or reserved space"
        'tank/vol'   | 'volsize'         | '0'     || "cannot set property for 'tank/vol': volume size cannot be zero"
        'tank/vol'   | 'volsize'         | '1000'  || "cannot set property for 'tank/vol': volume size must be a multiple of volume block size"
        'tank/vm@t1' | 'compression'     | 'on'    || "cannot set property for 'tank/vm@t1': this property can not be modified for snapshots"
        'tank/nosuch'| 'compression'     | 'on'    || "cannot open 'tank/nosuch': dataset does not exist"
        'tank/vm'    | 'compression'     | 'on'    || null
        'tank/vm'    | 'compression'     | 'gzip-9'|| null
        'tank/vm'    | 'quota'           | '10G'   || null
        'tank/vm'    | 'quota'           | 'none'  || null
        'tank/vm'    | 'reservation'     | '1M'    || null
        'tank/vm'    | 'readonly'        | 'on'    || null
        'tank/vm'    | 'com.example:tag' | 'x y'   || null
        'tank/vm@t1' | 'com.example:tag' | 'x'     || null
    }

    def "sizes are stored in bytes: #value"() {
        when:
        zfs.set('tank/vm', 'quota', value)

        then:
        prop('tank/vm', 'quota') == bytes

        where:
        value   || bytes
        '10G'   || '10737418240'
        '1.5M'  || '1572864'
        '1048576' || '1048576'
        'none'  || '0'
        '1T'    || '1099511627776'
    }

    def "children inherit compression, readonly, user properties and the mountpoint below their parent's"() {
        when:
        zfs.set('tank/vm', 'compression', 'on')
        zfs.set('tank/vm', 'com.example:owner', 'ops')
        zfs.set('tank/vm', 'mountpoint', '/guests')
        zfs.set('tank/vm', 'quota', '10G')

        then:
        prop('tank/vm/a', 'compression') == 'on'
        prop('tank/vm/a', 'com.example:owner') == 'ops'
        prop('tank/vm/a', 'mountpoint') == '/guests/a'
        prop('tank/vm/a', 'quota') == '0'
        prop('tank/vm', 'quota') == '10737418240'
        prop('tank', 'compression') == 'off'
        size('tank/vm/a', 'available') <= 10L << 30

        when:
        zfs.set('tank/vm', 'mountpoint', 'none')

        then:
        prop('tank/vm/a', 'mountpoint') == 'none'
        prop('tank/vm/a', 'mounted') == 'no'
    }

    def "volsize grows and shrinks a volume; a thick volume's reservation follows"() {
        when:
        zfs.write('tank/vol', (1 << 20) - 5, bytes('tail!'))
        zfs.set('tank/vol', 'volsize', '2M')

        then:
        size('tank/vol', 'volsize') == 2 << 20
        size('tank/vol', 'refreservation') >= 2 << 20
        new String(zfs.read('tank/vol', (1 << 20) - 5, 5)) == 'tail!'

        when:
        zfs.set('tank/vol', 'volsize', '512K')
        zfs.set('tank/vol', 'volsize', '1M')

        then: 'what was beyond the smaller size is gone'
        zfs.read('tank/vol', (1 << 20) - 5, 5) == new byte[5]
    }

    def "every property zfs lists for a filesystem, a volume and a snapshot, in zfs's order"() {
        expect:
        zfs.dataset('tank/vm').get().properties().keySet().take(8) as List ==
                ['type', 'creation', 'used', 'available', 'referenced', 'compressratio', 'mounted', 'origin']
        zfs.dataset('tank/vol').get().properties().keySet().containsAll(['volsize', 'volblocksize', 'refreservation', 'usedbydataset'])
        !zfs.dataset('tank/vol').get().properties().containsKey('recordsize')
        zfs.dataset('tank/vm@t1').get().properties().keySet().containsAll(['type', 'creation', 'used', 'referenced', 'createtxg', 'guid', 'clones'])
        prop('tank/vm@t1', 'available') == '-'
        prop('tank/vm', 'origin') == '-'
        prop('tank/vm', 'recordsize') == '131072'
    }
}
