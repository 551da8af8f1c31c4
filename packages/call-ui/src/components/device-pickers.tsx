import { useT } from '@edutrack/i18n/react';
import { type StatefulDevice, useDevices } from '@daily-co/daily-react';
import { useEffect } from 'react';
import { type DeviceOption, DeviceSelect } from './device-select.tsx';

/** Camera, microphone and speaker choices during the call (through the call object). */
export function DevicePickers() {
  const t = useT();
  const {
    cameras,
    microphones,
    speakers,
    currentCam,
    currentMic,
    currentSpeaker,
    setCamera,
    setMicrophone,
    setSpeaker,
    refreshDevices,
  } = useDevices();
  // daily-react lists devices when the camera starts or devices change; ask once more on showing.
  useEffect(() => void refreshDevices(), [refreshDevices]);
  return (
    <div className="etm-device-pickers">
      <DeviceSelect
        label={t('call.device.camera')}
        devices={options(cameras)}
        value={currentCam?.device.deviceId}
        onChoose={(id) => void setCamera(id)}
        none={t('call.pickers.noCamera')}
      />
      <DeviceSelect
        label={t('call.device.microphone')}
        devices={options(microphones)}
        value={currentMic?.device.deviceId}
        onChoose={(id) => void setMicrophone(id)}
        none={t('call.pickers.noMicrophone')}
      />
      {speakers.length > 0 ? (
        <DeviceSelect
          label={t('call.pickers.speaker')}
          devices={options(speakers)}
          value={currentSpeaker?.device.deviceId}
          onChoose={(id) => void setSpeaker(id)}
          none=""
        />
      ) : (
        <p className="etm-hint">{t('call.pickers.usualSpeaker')}</p>
      )}
    </div>
  );
}

function options(devices: StatefulDevice[]): DeviceOption[] {
  return devices.map(({ device }) => ({ deviceId: device.deviceId, label: device.label }));
}
