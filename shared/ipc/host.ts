// What the window and the main process say to each other about a PC that hosts the
// shared register (docs/reseau.md) and about the hosts found on the local network.
// Plain data, never a password.

/** This PC's bundled server, as the set-up and the sheet show it. */
export interface HostStatus {
  hosting: boolean;
  /** The PC's name on the network. */
  hostName: string;
  port: number | null;
  /** Its IPv4 addresses on the practice's network. */
  addresses: string[];
}

/** A PC found on the local network that announces a shared register (mDNS). */
export interface FoundHost {
  /** The host PC's name, as it announces itself. */
  hostName: string;
  /** The establishment whose register it holds, once opened; '' before. */
  establishment: string;
  /** The address to type in « Adresse du serveur »: its IPv4 address when announced, else its .local name. */
  address: string;
  port: number;
  database: string;
}
