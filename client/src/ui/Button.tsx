import type { ButtonHTMLAttributes } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
}

const variants: Record<ButtonVariant, string> = {
  // sky-700 and darker keep white text at AA (sky-600 is 4.0:1, sky-500 2.7:1).
  primary: 'bg-sky-700 text-white hover:bg-sky-800 border-sky-800 dark:bg-sky-700 dark:hover:bg-sky-800',
  secondary:
    'bg-white text-zinc-800 hover:bg-zinc-100 border-zinc-300 dark:bg-zinc-800 dark:text-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-700',
  danger:
    'bg-white text-red-700 hover:bg-red-50 border-zinc-300 dark:bg-zinc-800 dark:text-red-300 dark:border-zinc-600 dark:hover:bg-red-950',
  ghost:
    'border-transparent text-zinc-600 hover:bg-zinc-100 aria-pressed:bg-zinc-200 aria-pressed:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:aria-pressed:bg-zinc-700 dark:aria-pressed:text-zinc-50',
};

/** A compact button in one of a few tones. */
export function Button({ variant = 'secondary', className = '', type = 'button', ...rest }: ButtonProps) {
  return (
    <button
      type={type}
      data-variant={variant}
      className={`inline-flex h-7 items-center gap-1 rounded border px-2.5 text-[13px] font-medium whitespace-nowrap disabled:cursor-not-allowed disabled:opacity-50 ${variants[variant]} ${className}`}
      {...rest}
    />
  );
}
