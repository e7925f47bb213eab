import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('chat-root');
if (!root) throw new Error('chat.html has no #chat-root element');

createRoot(root).render(
  <StrictMode>
    <p>chat</p>
  </StrictMode>,
);
