/**
 * Service worker, connectivity and install state for the whole app. PwaStatus.svelte calls `start()` once
 * from the layout; InstallButton.svelte reads `canInstall` / `iosHint` / `installed`.
 *
 * Update flow (as Squoosh does it): a new service worker installs in the background and WAITS; the learner
 * sees "Có phiên bản mới" and only their click on "Cập nhật" tells it to take over and reloads the page.
 * Nothing ever reloads on its own, so a quiz is never cut in the middle (and each answer is saved anyway).
 *
 * The worker is registered with the browser's own API rather than vite-plugin-pwa's `virtual:pwa-register`
 * (workbox-window, ~2.8 KB gzip with its glue), to keep the home screen inside its 50 KB script budget. The
 * events are the ones that module maps for `registerType: 'prompt'`: a worker installed while an older
 * version controls the page is waiting (show the prompt), one installed with no controller is the first
 * (ready offline), and the page changing controller after the prompt means the new version took over.
 */
import { isInstalled, isIosSafari, OFFLINE_READY_SHOWN_KEY } from '../pwa/platform';

/** The event Chromium fires when the app can be installed; not in TypeScript's DOM library yet. */
interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed'; platform: string }>;
}

/** How long to wait for the new worker to take control after "Cập nhật" before reloading anyway. */
const UPDATE_RELOAD_FALLBACK_MS = 4000;
/** How often an open app asks the server whether a new version exists. */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;
/** How long "Đã sẵn sàng dùng khi không có mạng" stays on screen. */
const OFFLINE_READY_VISIBLE_MS = 12_000;
/**
 * The worker @vite-pwa/sveltekit generates (its default `filename`, at the root `scope` of the manifest).
 * The offline and update e2e tests fail if this ever stops matching the build.
 */
const SW_URL = '/sw.js';

class PwaState {
	/** The build's version (APP_VERSION or package.json), shown in settings and read by the update test. */
	readonly version = __APP_VERSION__;
	online = $state(true);
	/** A new version is installed and waiting for the learner's consent. */
	needRefresh = $state(false);
	/** The first service worker finished precaching: "ready to work offline" shows once, ever, on a navigation. */
	offlineReady = $state(false);
	/** The service worker controls this page, so every route works without a network. */
	controlled = $state(false);
	installed = $state(false);
	canInstall = $state(false);
	iosHint = $state(false);

	#started = false;
	#installEvent: BeforeInstallPromptEvent | null = null;
	#registration: ServiceWorkerRegistration | null = null;
	/** The update prompt was shown in this tab (so a change of controller means the new version took over). */
	#prompted = false;
	/** True once THIS tab asked for the update; another tab's update must not reload this one. */
	#updateRequested = false;
	/** Another tab already activated the new worker: there is nothing left to skip, only a reload. */
	#activatedElsewhere = false;
	/** "Ready offline" is due but not shown yet: it waits for the next navigation (see #offlineReady). */
	#readyPending = false;

	/** Wires the listeners and registers the service worker. Idempotent; does nothing during prerendering. */
	start(): void {
		if (this.#started || typeof window === 'undefined') return;
		this.#started = true;

		this.online = navigator.onLine;
		window.addEventListener('online', () => (this.online = true));
		window.addEventListener('offline', () => (this.online = false));

		const standalone = window.matchMedia('(display-mode: standalone)');
		const refreshInstalled = () => {
			this.installed = isInstalled(window as unknown as Parameters<typeof isInstalled>[0]);
			this.iosHint = !this.installed && isIosSafari(navigator.userAgent, navigator.maxTouchPoints);
		};
		refreshInstalled();
		standalone.addEventListener('change', refreshInstalled);

		window.addEventListener('beforeinstallprompt', (event) => {
			// Keep the browser's mini-infobar away; our own button offers the install where it makes sense.
			event.preventDefault();
			this.#installEvent = event as BeforeInstallPromptEvent;
			this.canInstall = true;
		});
		window.addEventListener('appinstalled', () => {
			this.#installEvent = null;
			this.canInstall = false;
			this.installed = true;
		});

		if (!('serviceWorker' in navigator)) return;
		this.controlled = navigator.serviceWorker.controller !== null;
		// Controlled but never announced (the tab was closed before its next navigation): still due.
		if (this.controlled) this.#offlineReady();
		navigator.serviceWorker.addEventListener('controllerchange', () => (this.controlled = true));
		void this.#register();
	}

	async #register(): Promise<void> {
		const container = navigator.serviceWorker;
		// After the page has loaded, as workbox-window does: precaching never competes with the first screen.
		if (document.readyState !== 'complete') {
			await new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
		}
		// An older version controlled this page when it loaded: a newly installed worker is then an update.
		const isUpdate = container.controller !== null;
		let registration: ServiceWorkerRegistration;
		try {
			registration = await container.register(SW_URL, { scope: '/', type: 'classic' });
		} catch (error) {
			console.warn('Service worker registration failed', error);
			return;
		}
		this.#registration = registration;
		const prompt = () => {
			this.#prompted = true;
			this.needRefresh = true;
		};
		const tracked = new WeakSet<ServiceWorker>();
		const track = (worker: ServiceWorker) => {
			// The same worker can be seen both as `installing` right after register() and in updatefound.
			if (tracked.has(worker)) return;
			tracked.add(worker);
			worker.addEventListener('statechange', () => {
				if (worker.state !== 'installed') return;
				if (container.controller) prompt();
				else this.#offlineReady();
			});
		};
		// A version that finished installing before this page registered is already waiting.
		if (registration.waiting) prompt();
		if (registration.installing) track(registration.installing);
		registration.addEventListener('updatefound', () => {
			if (registration.installing) track(registration.installing);
		});
		container.addEventListener('controllerchange', () => {
			if (!isUpdate || !this.#prompted) return;
			if (this.#updateRequested) {
				window.location.reload();
			} else {
				// Another tab accepted the update: this one runs old code under the new worker until reloaded.
				this.#activatedElsewhere = true;
				this.needRefresh = true;
			}
		});
		this.#watchForUpdates(registration);
	}

	/**
	 * The first worker finished precaching. The notice waits for the learner's next navigation: shown now, it
	 * would push the page down under the learner's eyes a few seconds after it loaded (Lighthouse measured a
	 * layout shift of 0.08 for it); shown with the next screen, it arrives with everything else that changes.
	 */
	#offlineReady(): void {
		if (!readFlag(OFFLINE_READY_SHOWN_KEY)) this.#readyPending = true;
	}

	/** The layout calls this after each client-side navigation (not the first load). */
	navigated(): void {
		if (!this.#readyPending) return;
		this.#readyPending = false;
		writeFlag(OFFLINE_READY_SHOWN_KEY);
		this.offlineReady = true;
		// Good news needs no answer: it goes away by itself, or earlier with "Đóng".
		setTimeout(() => (this.offlineReady = false), OFFLINE_READY_VISIBLE_MS);
	}

	/**
	 * An installed app may stay open for days without a navigation, which is when browsers look for a
	 * new sw.js by themselves; so look when the app comes back to the foreground, at most once an hour.
	 */
	#watchForUpdates(registration: ServiceWorkerRegistration): void {
		let lastCheck = Date.now();
		const check = () => {
			if (document.visibilityState !== 'visible' || !navigator.onLine) return;
			if (Date.now() - lastCheck < UPDATE_CHECK_INTERVAL_MS) return;
			lastCheck = Date.now();
			registration.update().catch(() => undefined);
		};
		document.addEventListener('visibilitychange', check);
		setInterval(check, UPDATE_CHECK_INTERVAL_MS);
	}

	/** The learner accepted the new version: let the waiting worker take over, then reload into it. */
	async update(): Promise<void> {
		this.#updateRequested = true;
		if (this.#activatedElsewhere || !this.#registration) {
			window.location.reload();
			return;
		}
		// If the worker was already gone (e.g. activated by another tab meanwhile), still end up reloaded.
		setTimeout(() => window.location.reload(), UPDATE_RELOAD_FALLBACK_MS);
		// The generated worker calls skipWaiting() on this message; controllerchange then reloads the page.
		this.#registration.waiting?.postMessage({ type: 'SKIP_WAITING' });
	}

	/** "Để sau": hide the prompt; the new version starts by itself the next time every tab is closed. */
	dismissUpdate(): void {
		this.needRefresh = false;
	}

	dismissOfflineReady(): void {
		this.offlineReady = false;
	}

	/** Shows the browser's install dialog; resolves true when the learner accepted. */
	async install(): Promise<boolean> {
		const event = this.#installEvent;
		if (!event) return false;
		this.#installEvent = null;
		this.canInstall = false;
		await event.prompt();
		const choice = await event.userChoice;
		return choice.outcome === 'accepted';
	}
}

function readFlag(key: string): boolean {
	try {
		return localStorage.getItem(key) !== null;
	} catch {
		// Storage refused (private mode, policy): showing the notice again is harmless.
		return false;
	}
}

function writeFlag(key: string): void {
	try {
		localStorage.setItem(key, new Date().toISOString());
	} catch {
		// See readFlag.
	}
}

export const pwa = new PwaState();
