/** Whether saved scenarios survive a reload: shown on every page, set by the library once it has tried the device store. */
class StorageStatus {
	/** A French message when nothing can be kept on this device. */
	warning = $state<string | null>(null);
}

export const storageStatus = new StorageStatus();
