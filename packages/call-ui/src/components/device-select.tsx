import { useT } from '@edutrack/i18n/react';
import { useId } from 'react';

export interface DeviceOption {
  deviceId: string;
  label: string;
}

/** A labelled list of cameras, microphones or speakers; says so plainly when there are none. */
export function DeviceSelect({
  label,
  devices,
  value,
  onChoose,
  none,
}: {
  label: string;
  devices: readonly DeviceOption[];
  value: string | undefined;
  onChoose: (deviceId: string) => void;
  none: string;
}) {
  const t = useT();
  const id = useId();
  if (devices.length === 0) return none ? <p className="etm-hint">{none}</p> : null;
  return (
    <div className="etm-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChoose(e.target.value)}>
        {value ? null : <option value="">{t('call.pickers.choose')}</option>}
        {devices.map((device, index) => (
          <option key={device.deviceId} value={device.deviceId}>
            {device.label || t('call.pickers.numbered', { device: label, number: index + 1 })}
          </option>
        ))}
      </select>
    </div>
  );
}
