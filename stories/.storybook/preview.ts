import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// The manifest (generated from the elements' JSDoc at build) drives controls and docs.
import manifest from '@qms-kit/elements/custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
  },
  globalTypes: {
    lang: {
      description: 'Interface language',
      toolbar: {
        title: 'Language',
        items: [
          { value: 'en', title: 'English' },
          { value: 'cy', title: 'Cymraeg' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en' },
  decorators: [
    (story, context) => {
      // Elements read lang from <html>, so the toolbar switch reaches every story.
      document.documentElement.lang = String(context.globals.lang ?? 'en');
      return story();
    },
  ],
};

export default preview;
