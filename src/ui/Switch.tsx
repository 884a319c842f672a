/** An on/off switch: a button with role="switch" and aria-checked. Its accessible name comes from `label`. */
export interface SwitchProps {
  checked: boolean;
  label: string;
  onChange: (on: boolean) => void;
  disabled?: boolean;
  id?: string;
  describedBy?: string;
}

export function Switch({ checked, label, onChange, disabled, id, describedBy }: SwitchProps) {
  return (
    <button
      type="button"
      id={id}
      class="switch"
      role="switch"
      aria-checked={checked ? 'true' : 'false'}
      aria-label={label}
      aria-describedby={describedBy}
      disabled={disabled}
      onClick={() => onChange(!checked)}
    />
  );
}
