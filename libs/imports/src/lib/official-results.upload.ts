import {
  BadRequestException,
  HttpException,
  Injectable,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { AppError } from '@rapor/db';
import { EMPTY } from 'rxjs';
import { fileTooLarge, OFFICIAL_FILE_LIMITS, type OfficialFileError } from './official-results-file';

/** The part of multer's file the controller reads. */
export interface UploadedFileParts {
  buffer: Buffer;
  originalname: string;
  mimetype: string;
}

/** A file-level problem as an HTTP response: `{ code, message, ...details }` with its status. */
export function fileProblem(error: OfficialFileError): HttpException {
  return new HttpException({ code: error.code, message: error.message, ...error.details }, error.status);
}

// In memory (the file is parsed, never stored), one file in the field "file", and a few short fields.
const Multer = FileInterceptor('file', {
  limits: { fileSize: OFFICIAL_FILE_LIMITS.maxBytes, files: 1, fields: 8, fieldSize: 4096, parts: 10 },
});

/** multer's errors in the API's shape: a stable code and a message that says what to do. */
function uploadProblem(error: unknown): unknown {
  if (error instanceof PayloadTooLargeException) return fileProblem(fileTooLarge());
  if (error instanceof UnsupportedMediaTypeException) {
    return new HttpException({ code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send the file as multipart/form-data, in the field "file"' }, 415);
  }
  if (error instanceof BadRequestException) {
    const cause = error.cause as { code?: string; field?: string } | undefined;
    if (cause?.code === 'LIMIT_UNEXPECTED_FILE') {
      return new AppError('BAD_USER_INPUT', `Send one file, in the form field "file" (not "${cause.field ?? '?'}")`, ['file']);
    }
    return new AppError('BAD_USER_INPUT', `The upload cannot be read: ${error.message}`, ['file']);
  }
  return error;
}

/**
 * Receives the multipart upload of an official-results file (`@UploadedFile()` reads it). A guard,
 * listed after the access check: the upload is read before the request's tenant transaction
 * (an interceptor) takes a database connection, so a slow upload never holds one.
 */
@Injectable()
export class OfficialResultsUpload implements CanActivate {
  private readonly multer = new Multer();

  async canActivate(context: ExecutionContext): Promise<boolean> {
    try {
      await this.multer.intercept(context, { handle: () => EMPTY });
    } catch (error) {
      throw uploadProblem(error);
    }
    return true;
  }
}
