import type { Catalog } from '../catalog.ts';

/** Error messages shared by every page and API answer. */
export const errors = {
  en: {
    'error.validation': 'Some answers need your attention.',
    'error.required': 'This is required.',
    'error.tooLong': 'This is too long (at most {max} characters).',
    'error.tooShort': 'This is too short (at least {min} characters).',
    'error.tooMany': 'Choose at most {max}.',
    'error.invalidChoice': 'This is not one of the choices offered.',
    'error.invalidDate': 'Enter a real date, written as YYYY-MM-DD.',
    'error.futureDate': 'This date is in the future.',
    'error.dateOrder': 'The end date comes before the start date.',
    'error.invalidEmail': 'Enter an e-mail address such as name@example.org.',
    'error.invalid': 'This value is not valid.',
    'error.badRequest': 'The request could not be read.',
    'error.payloadTooLarge': 'What you sent is too large.',
    'error.fileTooLarge': 'This file is too large (at most {max} MB).',
    'error.fileType': 'This kind of file cannot be accepted. Send images, PDF, text, audio or video.',
    'error.notFound': 'Not found.',
    'error.unauthenticated': 'Please sign in.',
    'error.forbidden': 'You are not allowed to do this.',
    'error.csrf': 'Your session expired for this page. Reload it and try again.',
    'error.rateLimited':
      'Too many attempts. Please try again in {minutes, plural, one {# minute} other {# minutes}}. Nothing you typed is lost.',
    'error.unavailable':
      'FocalPoint is briefly unavailable. Please try again in a few seconds. Nothing was saved yet.',
    'error.internal': 'Something went wrong on our side. Nothing you typed is lost; please try again.',
    'error.conflict': 'This was changed by someone else meanwhile. Reload and try again.',
  },
  fr: {
    'error.validation': 'Certaines réponses demandent votre attention.',
    'error.required': 'Ce champ est obligatoire.',
    'error.tooLong': 'C’est trop long (au plus {max} caractères).',
    'error.tooShort': 'C’est trop court (au moins {min} caractères).',
    'error.tooMany': 'Choisissez-en au plus {max}.',
    'error.invalidChoice': 'Ce choix ne fait pas partie de ceux proposés.',
    'error.invalidDate': 'Entrez une date réelle, au format AAAA-MM-JJ.',
    'error.futureDate': 'Cette date est dans le futur.',
    'error.dateOrder': 'La date de fin précède la date de début.',
    'error.invalidEmail': 'Entrez une adresse courriel comme nom@exemple.org.',
    'error.invalid': 'Cette valeur n’est pas valide.',
    'error.badRequest': 'La demande n’a pas pu être lue.',
    'error.payloadTooLarge': 'Ce que vous avez envoyé est trop volumineux.',
    'error.fileTooLarge': 'Ce fichier est trop volumineux (au plus {max} Mo).',
    'error.fileType':
      'Ce type de fichier n’est pas accepté. Envoyez des images, des PDF, du texte, de l’audio ou de la vidéo.',
    'error.notFound': 'Introuvable.',
    'error.unauthenticated': 'Veuillez vous connecter.',
    'error.forbidden': 'Vous n’êtes pas autorisé à faire ceci.',
    'error.csrf': 'Votre session a expiré pour cette page. Rechargez-la et réessayez.',
    'error.rateLimited':
      'Trop de tentatives. Veuillez réessayer dans {minutes, plural, one {# minute} other {# minutes}}. Rien de ce que vous avez écrit n’est perdu.',
    'error.unavailable':
      'FocalPoint est momentanément indisponible. Réessayez dans quelques secondes. Rien n’a encore été enregistré.',
    'error.internal':
      'Un problème est survenu de notre côté. Rien de ce que vous avez écrit n’est perdu; veuillez réessayer.',
    'error.conflict': 'Quelqu’un d’autre a modifié ceci entre-temps. Rechargez et réessayez.',
  },
  'zh-Hans': {},
  'zh-Hant': {},
  bo: {},
  ug: {},
} satisfies Catalog;
