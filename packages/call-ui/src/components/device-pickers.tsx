import { type StatefulDevice, useDevices } from '@daily-co/daily-react';
import { useEffect } from 'react';
import { type DeviceOption, DeviceSelect } from './device-select.tsx';

/** Camera, microphone and speaker choices during the call (through the call object). */
export function DevicePickers() {
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
        label="Camera"
        devices={options(cameras)}
        value={currentCam?.device.deviceId}
        onChoose={(id) => void setCamera(id)}
        none="No camera found."
      />
      <DeviceSelect
        label="Microphone"
        devices={options(microphones)}
        value={currentMic?.device.deviceId}
        onChoose={(id) => void setMicrophone(id)}
        none="No microphone found."
      />
      {speakers.length > 0 ? (
        <DeviceSelect
          label="Speaker"
          devices={options(speakers)}
          value={currentSpeaker?.device.deviceId}
          onChoose={(id) => void setSpeaker(id)}
          none=""
        />
      ) : (
        <p className="etm-hint">
          Sound plays on this device's usual speaker (this browser doesn't let websites choose one).
        </p>
      )}
    </div>
  );
}

function options(devices: StatefulDevice[]): DeviceOption[] {
  return devices.map(({ device }) => ({ deviceId: device.deviceId, label: device.label }));
}
