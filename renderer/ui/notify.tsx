import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

type Notify = (message: string) => void;

const NotifyContext = createContext<Notify>(() => {});

/** A polite live region that announces what just happened (saved, imported, exported). */
export function NotifyProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const notify = useCallback((text: string) => {
    setMessage('');
    setTimeout(() => setMessage(text), 30);
  }, []);
  return (
    <NotifyContext.Provider value={notify}>
      {children}
      <div className={message ? 'toast toast-visible' : 'toast'} role="status" aria-live="polite">
        {message}
      </div>
    </NotifyContext.Provider>
  );
}

export function useNotify(): Notify {
  return useContext(NotifyContext);
}
