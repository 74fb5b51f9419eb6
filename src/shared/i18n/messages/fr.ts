import type { MessageKey } from './en.ts';

/** French: complete, as a federal service must be. */
export const fr: Record<MessageKey, string> = {
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
  'error.fileType': 'Ce type de fichier n’est pas accepté. Envoyez des images, des PDF, du texte, de l’audio ou de la vidéo.',
  'error.notFound': 'Introuvable.',
  'error.unauthenticated': 'Veuillez vous connecter.',
  'error.forbidden': 'Vous n’êtes pas autorisé à faire ceci.',
  'error.csrf': 'Votre session a expiré pour cette page. Rechargez-la et réessayez.',
  'error.rateLimited': 'Trop de tentatives. Veuillez réessayer dans {minutes, plural, one {# minute} other {# minutes}}. Rien de ce que vous avez écrit n’est perdu.',
  'error.unavailable': 'FocalPoint est momentanément indisponible. Réessayez dans quelques secondes. Rien n’a encore été enregistré.',
  'error.internal': 'Un problème est survenu de notre côté. Rien de ce que vous avez écrit n’est perdu; veuillez réessayer.',
  'error.conflict': 'Quelqu’un d’autre a modifié ceci entre-temps. Rechargez et réessayez.',
};
