export declare const CHROMIUM_PATH: string;
export declare const INSTALL_COMMAND: string;
export declare function chromiumAvailable(): boolean;
