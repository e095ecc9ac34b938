package io.lightwaveos.bench.run;

/**
 * What a device says about itself at the start of a run ({@code context.device}, SPEC §3): read
 * from {@code GET /api/v1/device/info}, {@code device.getInfo} and {@code device.getStatus}. Every
 * field is {@code null} when the device did not say (older firmware, the request failed).
 *
 * @param firmware              firmware version text ({@code "2.0.0"}); {@code --firmware-version}
 *                              overrides what the device says
 * @param firmwareVersionNumber the same as a number ({@code 20000} for 2.0.0)
 * @param board                 board name ({@code "ESP32-S3-DevKitC-1"})
 * @param sdk                   ESP-IDF version ({@code "v5.1.4"})
 * @param architecture          firmware architecture ({@code "Actor System v2"})
 * @param chipModel             chip model ({@code "ESP32-S3"})
 * @param chipRevision          chip revision, from 0
 * @param chipCores             CPU cores, 1 or 2
 * @param cpuFreqMhz            CPU clock, MHz
 * @param flashSize             flash size, bytes
 * @param freeHeap              free heap at the start of the run, bytes
 * @param rssi                  Wi-Fi signal strength at the start of the run, dBm (negative)
 */
public record DeviceInfo(
        String firmware,
        Long firmwareVersionNumber,
        String board,
        String sdk,
        String architecture,
        String chipModel,
        Integer chipRevision,
        Integer chipCores,
        Integer cpuFreqMhz,
        Long flashSize,
        Long freeHeap,
        Integer rssi) {

    /** Nothing known. */
    public static final DeviceInfo EMPTY = new DeviceInfo(null, null, null, null, null, null, null, null, null,
            null, null, null);

    /** Strings longer than {@link RunContext#MAX_TEXT_LENGTH} are cut (ending in {@code …[cut]}). */
    public DeviceInfo {
        firmware = Texts.bounded(firmware);
        board = Texts.bounded(board);
        sdk = Texts.bounded(sdk);
        architecture = Texts.bounded(architecture);
        chipModel = Texts.bounded(chipModel);
    }

    /** Only the firmware version known (an import, or {@code --firmware-version}); blank means none. */
    public static DeviceInfo ofFirmware(String firmware) {
        return EMPTY.withFirmware(firmware);
    }

    /** This info with {@code newFirmware} as the firmware version (blank: none). */
    public DeviceInfo withFirmware(String newFirmware) {
        return new DeviceInfo(Texts.blankToNull(newFirmware), firmwareVersionNumber, board, sdk, architecture,
                chipModel, chipRevision, chipCores, cpuFreqMhz, flashSize, freeHeap, rssi);
    }

    /** Each field of this info, or {@code fallback}'s where this one is {@code null}. */
    public DeviceInfo orElse(DeviceInfo fallback) {
        return new DeviceInfo(
                firmware != null ? firmware : fallback.firmware,
                firmwareVersionNumber != null ? firmwareVersionNumber : fallback.firmwareVersionNumber,
                board != null ? board : fallback.board,
                sdk != null ? sdk : fallback.sdk,
                architecture != null ? architecture : fallback.architecture,
                chipModel != null ? chipModel : fallback.chipModel,
                chipRevision != null ? chipRevision : fallback.chipRevision,
                chipCores != null ? chipCores : fallback.chipCores,
                cpuFreqMhz != null ? cpuFreqMhz : fallback.cpuFreqMhz,
                flashSize != null ? flashSize : fallback.flashSize,
                freeHeap != null ? freeHeap : fallback.freeHeap,
                rssi != null ? rssi : fallback.rssi);
    }

    /** Whether no field is known. */
    public boolean isEmpty() {
        return equals(EMPTY);
    }
}
