/**
 * The Waypoint API as TypeScript types, generated from the server's OpenAPI
 * document by `npm run api:types`. Do not edit: src/api/openapi-types-file.test.ts
 * fails when this file no longer matches the routes.
 */

export interface paths {
    readonly "/api/agreements": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** List agreements */
        readonly get: {
            readonly parameters: {
                readonly query?: {
                    /** @description Opaque cursor from a previous page (keyset pagination) */
                    readonly cursor?: string;
                    /** @description Page size (1-500) */
                    readonly limit?: number;
                    /** @description ISO 3166-1 alpha-2 country code */
                    readonly receivingCountry?: string;
                    readonly status?: "proposed" | "negotiating" | "active" | "suspended" | "terminated";
                };
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["AgreementPage"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        /** Record an agreement with its initial terms */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["CreateAgreementInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Agreement"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 413: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 415: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/agreements/{id}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        /** Update descriptive fields (If-Match required) */
        readonly patch: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: {
                    /** @description ETag of the version the update is based on (required) */
                    readonly "if-match"?: string;
                };
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["UpdateAgreementInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Agreement"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 412: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 428: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly trace?: never;
    };
    readonly "/api/agreements/{id}/amendments": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Amend the terms: the full new terms become the next version from effectiveFrom; If-Match required */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: {
                    /** @description ETag of the version the update is based on (required) */
                    readonly "if-match"?: string;
                };
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["AmendAgreementInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": {
                            readonly changeSummary: string;
                            readonly createdAt: string;
                            readonly effectiveFrom: string;
                            readonly sourceDocuments: readonly {
                                readonly label: string;
                                readonly url?: string;
                            }[];
                            readonly terms: {
                                readonly capacity: {
                                    readonly perTransfer: number | null;
                                    readonly total: number | null;
                                };
                                readonly eligibility: {
                                    readonly excludedCategories: readonly string[];
                                    readonly excludedNationalities: readonly string[];
                                    readonly regionalPreferences: readonly string[];
                                };
                                readonly monitoring: {
                                    readonly welfareCheckDays: readonly number[];
                                };
                                readonly payments: {
                                    readonly lumpSums: readonly {
                                        readonly amount: {
                                            readonly amountMinor: number;
                                            readonly currency: string;
                                        };
                                        readonly dueOn: string;
                                        readonly label: string;
                                    }[];
                                    readonly perPerson: {
                                        readonly amountMinor: number;
                                        readonly currency: string;
                                    } | null;
                                };
                                readonly requiredAssurances: readonly string[];
                            };
                            readonly versionNo: number;
                        };
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 412: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 428: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/agreements/{id}/disbursements": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Record a payment made (integer minor units; refused on a terminated agreement or in another currency) */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["RecordDisbursementInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Disbursement"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/agreements/{id}/obligations": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Post a lump-sum obligation (each date and label once) */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["RecordLumpSumObligationInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["PaymentObligation"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/agreements/{id}/obligations/scheduled": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Post every lump sum the terms schedule up to a date that is not posted yet */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["PostScheduledLumpSumsInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": {
                            readonly posted: readonly components["schemas"]["PaymentObligation"][];
                        };
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/agreements/{id}/reservations": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Reserve a place for a case (409 capacity_exhausted with the numbers when full) */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["ReservePlaceInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["CapacityReservation"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/agreements/{id}/reservations/{caseId}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        readonly post?: never;
        /** Release the place a case reserved (a consumed place stays consumed) */
        readonly delete: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly caseId: string;
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["CapacityReservation"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/agreements/{id}/status": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Change the status (proposed → negotiating → active ⇄ suspended → terminated), dated and audited; If-Match required */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: {
                    /** @description ETag of the version the update is based on (required) */
                    readonly "if-match"?: string;
                };
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["ChangeAgreementStatusInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["AgreementStatusChanged"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 412: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 428: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/agreements/{idOrCode}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Read an agreement (by id or code) with all versions of its terms */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly idOrCode: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["AgreementDetail"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/agreements/{idOrCode}/ledger": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Capacity used/reserved/free, obligations, disbursements and reconciliation (totals and per month) */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly idOrCode: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["AgreementLedger"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/agreements/{idOrCode}/summary": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Agreement page data: status today, terms in force, capacity used/reserved/free and ledger totals */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly idOrCode: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["AgreementSummary"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/assessments": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** List country assessments, newest first */
        readonly get: {
            readonly parameters: {
                readonly query?: {
                    /** @description ISO 3166-1 alpha-2 country code */
                    readonly country?: string;
                };
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": {
                            readonly items: readonly components["schemas"]["CountryAssessment"][];
                        };
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        /** Record a country assessment; a controlling unsafe finding triggers the sweep of affected cases */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["RecordCountryAssessmentInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["RecordedCountryAssessment"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 413: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 415: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/audit/access-report": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Who read or changed a record between two instants, and what each saw */
        readonly get: {
            readonly parameters: {
                readonly query: {
                    /** @description Inclusive start */
                    readonly from: string;
                    readonly limit?: number;
                    readonly resourceId: string;
                    /** @description e.g. case, person, document */
                    readonly resourceType: string;
                    /** @description Exclusive end */
                    readonly to: string;
                };
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["AccessReport"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/audit/checkpoints": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Signed tree heads, oldest first */
        readonly get: {
            readonly parameters: {
                readonly query?: {
                    /** @description Return checkpoints with id greater than this (0: from the first) */
                    readonly after?: number;
                    /** @description Page size (1-1000) */
                    readonly limit?: number;
                };
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["AuditCheckpointPage"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/audit/checkpoints/latest": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** The newest signed tree head */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["AuditCheckpoint"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/audit/key": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** The server's Ed25519 tree-head key (pin it in witnesses) */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["AuditKey"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/audit/proof/consistency": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** RFC 9162 consistency proof between two tree sizes */
        readonly get: {
            readonly parameters: {
                readonly query: {
                    /** @description Older tree size (e.g. the size a witness last saw) */
                    readonly from: number;
                    /** @description Newer tree size; default: the latest checkpoint */
                    readonly to?: number;
                };
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["AuditConsistencyProof"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/audit/proof/inclusion": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** RFC 9162 inclusion proof of an audit entry */
        readonly get: {
            readonly parameters: {
                readonly query: {
                    /** @description Audit entry seq (leaf index seq - 1) */
                    readonly seq: number;
                    /** @description Tree size the proof is for; default: the latest checkpoint */
                    readonly treeSize?: number;
                };
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["AuditInclusionProof"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/cases": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** List cases in reference order (keyset pagination, filters) */
        readonly get: {
            readonly parameters: {
                readonly query?: {
                    readonly agreementId?: string;
                    /** @description Opaque cursor from a previous page (keyset pagination) */
                    readonly cursor?: string;
                    /** @description ISO 3166-1 alpha-2 country code */
                    readonly destinationCountry?: string;
                    /** @description Page size (1-500) */
                    readonly limit?: number;
                    readonly personId?: string;
                    readonly state?: "intake" | "designation_review" | "country_proposed" | "notice_served" | "fear_screening" | "cleared" | "manifested" | "relocated" | "monitoring" | "closed" | "on_hold";
                };
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["CasePage"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        /** Open a case at intake */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["OpenCaseInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Case"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 413: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 415: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/cases/{id}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Read a case (audited read; redacted to the caller's field groups; with abilities) */
        readonly get: {
            readonly parameters: {
                readonly query?: {
                    /** @description Why the case is opened (recorded in the audit log) */
                    readonly purpose?: string;
                };
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["CaseDetail"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        /** Change case assignment (If-Match required) */
        readonly patch: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: {
                    /** @description ETag of the version the update is based on (required) */
                    readonly "if-match"?: string;
                };
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["UpdateCaseInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Case"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 412: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 428: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly trace?: never;
    };
    readonly "/api/cases/{id}/break-glass": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Open a case outside your team in an emergency: a stated reason, a one-hour grant, flagged for oversight */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": {
                        readonly reason: string;
                    };
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": {
                            /** Format: uuid */
                            readonly caseId: string;
                            readonly expiresAt: string;
                            readonly grantedAt: string;
                            /** Format: uuid */
                            readonly id: string;
                            readonly reason: string;
                        };
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/cases/{id}/decisions": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Every stored safeguard decision of a case, oldest first */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": {
                            readonly items: readonly components["schemas"]["Decision"][];
                        };
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/cases/{id}/documents": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Documents linked to a case that the caller may open, newest first (audited as a read of the case) */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["CaseDocuments"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/cases/{id}/facts": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** The facts the safeguards read for this case now (CaseFacts snapshot) */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["CaseFacts"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/cases/{id}/facts/assurance": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Record a assurance fact (checked for contradictions with the others) */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": {
                        readonly payload: {
                            readonly basis: string;
                            readonly country: string;
                            readonly coveredPersonIds: "all" | readonly string[];
                            /** @enum {string} */
                            readonly credibilityFinding: "reliable" | "unreliable" | "pending";
                            readonly documentHash: string | null;
                            readonly forwardedBySecretaryOfState: boolean;
                            readonly foundAt: string | null;
                            readonly foundBy: string | null;
                            readonly monitoring: {
                                readonly mechanism: string;
                                readonly welfareCheckDays: readonly number[];
                            } | null;
                            readonly receivedAt: string;
                            readonly scope: string;
                        };
                        /**
                         * @description id of an earlier fact of the same kind this one corrects
                         * @default null
                         */
                        readonly supersedes?: string | null;
                    };
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["CaseFact"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 413: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 415: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 422: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/cases/{id}/facts/designation-record": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Record a designation record fact (checked for contradictions with the others) */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": {
                        readonly payload: {
                            readonly steps: readonly {
                                readonly country: string | null;
                                readonly explanation: string;
                                readonly failure: ("not_designated" | "not_applicable" | "declined_to_accept" | "no_timely_response" | "impracticable" | "inadvisable" | "impossible") | null;
                                readonly recordedAt: string;
                                /** @enum {string} */
                                readonly result: "chosen" | "failed";
                                /** @enum {string} */
                                readonly step: "designated_by_person" | "nationality" | "admission" | "embarkation" | "prior_residence" | "birth" | "birthplace_sovereign_at_birth" | "birthplace_sovereign_now" | "will_accept";
                            }[];
                        };
                        /**
                         * @description id of an earlier fact of the same kind this one corrects
                         * @default null
                         */
                        readonly supersedes?: string | null;
                    };
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["CaseFact"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 413: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 415: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 422: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/cases/{id}/facts/exigent-circumstances": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Record a exigent circumstances fact (checked for contradictions with the others) */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": {
                        readonly payload: {
                            readonly attorneyAccess: boolean;
                            readonly declaredAt: string;
                            readonly declaredBy: string;
                            readonly reason: string;
                        };
                        /**
                         * @description id of an earlier fact of the same kind this one corrects
                         * @default null
                         */
                        readonly supersedes?: string | null;
                    };
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["CaseFact"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 413: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 415: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 422: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/cases/{id}/facts/fear-claim": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Record a fear claim fact (checked for contradictions with the others) */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": {
                        readonly payload: {
                            /**
                             * @description RFC 3339 date-time; stored in UTC
                             * @example 2025-04-04T12:00:00Z
                             */
                            readonly claimedAt: string;
                            /**
                             * @description ISO 3166-1 alpha-2 country code
                             * @example RW
                             */
                            readonly country: string;
                        };
                        /**
                         * @description id of an earlier fact of the same kind this one corrects
                         * @default null
                         */
                        readonly supersedes?: string | null;
                    };
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["CaseFact"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 413: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 415: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 422: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/cases/{id}/facts/fear-outcome": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Record a fear outcome fact (checked for contradictions with the others) */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": {
                        readonly payload: {
                            readonly decidedAt: string | null;
                            /**
                             * Format: uuid
                             * @description id of the fear_claim fact
                             * @example 00000000-0000-4000-8000-000000000000
                             */
                            readonly fearClaimId: string;
                            /** @enum {string} */
                            readonly outcome: "pending" | "negative" | "positive" | "withdrawn";
                        };
                        /**
                         * @description id of an earlier fact of the same kind this one corrects
                         * @default null
                         */
                        readonly supersedes?: string | null;
                    };
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["CaseFact"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 413: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 415: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 422: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/cases/{id}/facts/individual-assessment": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Record a individual assessment fact (checked for contradictions with the others) */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": {
                        readonly payload: {
                            readonly assessedBy: string;
                            readonly bestInterestsOfChildAssessed: boolean | null;
                            readonly completedAt: string;
                            readonly country: string;
                            readonly onwardRefoulementConsidered: boolean;
                            /** @enum {string} */
                            readonly outcome: "no_real_risk" | "real_risk";
                            readonly specialNeedsIdentified: boolean;
                            readonly unhcrEvidenceConsidered: boolean;
                        };
                        /**
                         * @description id of an earlier fact of the same kind this one corrects
                         * @default null
                         */
                        readonly supersedes?: string | null;
                    };
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["CaseFact"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 413: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 415: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 422: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/cases/{id}/facts/monitoring-plan": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Record a monitoring plan fact (checked for contradictions with the others) */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": {
                        readonly payload: {
                            readonly monitor: string;
                            readonly plannedAt: string;
                            readonly welfareCheckDays: readonly number[];
                        };
                        /**
                         * @description id of an earlier fact of the same kind this one corrects
                         * @default null
                         */
                        readonly supersedes?: string | null;
                    };
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["CaseFact"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 413: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 415: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 422: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/cases/{id}/facts/notice": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Record a notice fact (checked for contradictions with the others) */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": {
                        readonly payload: {
                            readonly country: string;
                            readonly documentHash: string;
                            readonly explainsHowToContest: boolean;
                            readonly interpreterLanguage: string | null;
                            readonly language: string;
                            /** @enum {string} */
                            readonly method: "in_person" | "mail" | "electronic" | "via_counsel";
                            readonly servedAt: string;
                            readonly servedToCounsel: boolean;
                            readonly servedToPerson: boolean;
                        };
                        /**
                         * @description id of an earlier fact of the same kind this one corrects
                         * @default null
                         */
                        readonly supersedes?: string | null;
                    };
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["CaseFact"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 413: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 415: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 422: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/cases/{id}/facts/protection": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Record a protection fact (checked for contradictions with the others) */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": {
                        readonly payload: {
                            readonly country: string;
                            readonly grantedAt: string;
                            /** @enum {string} */
                            readonly kind: "withholding" | "cat_withholding" | "cat_deferral" | "refugee_status" | "humanitarian_protection";
                            readonly terminatedAt: string | null;
                        };
                        /**
                         * @description id of an earlier fact of the same kind this one corrects
                         * @default null
                         */
                        readonly supersedes?: string | null;
                    };
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["CaseFact"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 413: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 415: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 422: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/cases/{id}/facts/reasonable-fear-interview": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Record a reasonable fear interview fact (checked for contradictions with the others) */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": {
                        readonly payload: {
                            readonly confidentialDocumentTransmission: boolean;
                            readonly counselPresent: boolean;
                            /**
                             * Format: uuid
                             * @description id of the fear_claim fact
                             * @example 00000000-0000-4000-8000-000000000000
                             */
                            readonly fearClaimId: string;
                            readonly interpreterLanguage: string | null;
                            readonly noticeGivenAt: string;
                            readonly phoneAccess: boolean;
                            readonly scheduledAt: string;
                        };
                        /**
                         * @description id of an earlier fact of the same kind this one corrects
                         * @default null
                         */
                        readonly supersedes?: string | null;
                    };
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["CaseFact"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 413: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 415: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 422: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/cases/{id}/facts/receiving-consent": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Record a receiving consent fact (checked for contradictions with the others) */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": {
                        readonly payload: {
                            readonly country: string;
                            readonly decidedAt: string | null;
                            /** @enum {string} */
                            readonly status: "accepted" | "declined" | "pending";
                        };
                        /**
                         * @description id of an earlier fact of the same kind this one corrects
                         * @default null
                         */
                        readonly supersedes?: string | null;
                    };
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["CaseFact"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 413: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 415: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 422: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/cases/{id}/facts/removal-order": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Record a removal order fact (checked for contradictions with the others) */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": {
                        readonly payload: {
                            /** @enum {string} */
                            readonly authority: "ina_240" | "expedited_removal" | "alien_enemies_act";
                            readonly countriesNamed: readonly string[];
                            readonly final: boolean;
                            readonly finalAt: string | null;
                            readonly issuedAt: string;
                        };
                        /**
                         * @description id of an earlier fact of the same kind this one corrects
                         * @default null
                         */
                        readonly supersedes?: string | null;
                    };
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["CaseFact"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 413: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 415: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 422: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/cases/{id}/facts/reopening": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Record a reopening fact (checked for contradictions with the others) */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": {
                        readonly payload: {
                            readonly decidedAt: string | null;
                            /**
                             * Format: uuid
                             * @description id of the fear_claim fact
                             * @example 00000000-0000-4000-8000-000000000000
                             */
                            readonly fearClaimId: string;
                            readonly filedAt: string;
                            /** @enum {string} */
                            readonly outcome: "pending" | "denied" | "granted";
                        };
                        /**
                         * @description id of an earlier fact of the same kind this one corrects
                         * @default null
                         */
                        readonly supersedes?: string | null;
                    };
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["CaseFact"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 413: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 415: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 422: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/cases/{id}/facts/vulnerability-review": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Record a vulnerability review fact (checked for contradictions with the others) */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": {
                        readonly payload: {
                            readonly completedAt: string;
                            /** @enum {string} */
                            readonly outcome: "cleared" | "not_cleared";
                            readonly reviewedBy: string;
                        };
                        /**
                         * @description id of an earlier fact of the same kind this one corrects
                         * @default null
                         */
                        readonly supersedes?: string | null;
                    };
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["CaseFact"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 413: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 415: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 422: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/cases/{id}/notices/{documentId}/serve": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Record that a rendered notice was served (method, time, person/counsel, interpreter): the notice fact with the document hash */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly documentId: string;
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["ServeNoticeInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["CaseFact"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 422: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/cases/{id}/notices/render": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Render the notice (HTML or PDF) in a template language; 201 with the file as body, Location of the stored document, x-document-id and x-content-sha256 headers. Unknown language: 400 listing the available ones */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["RenderNoticeInput"];
                };
            };
            readonly responses: {
                /** @description The rendered notice (text/html or application/pdf) */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": unknown;
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/cases/{id}/rule-set": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Change the case's rule set (audited); the case is swept under the new rules */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: {
                    /** @description ETag of the version the update is based on (required) */
                    readonly "if-match"?: string;
                };
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["ChangeRuleSetInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": {
                            readonly case: components["schemas"]["Case"];
                            readonly sweep: components["schemas"]["SweepReport"];
                        };
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 412: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 413: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 415: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/cases/{id}/safeguards": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Safeguard checklist for departure now, with citations, earliest pass times and the earliest departure */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["CaseSafeguards"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/cases/{id}/transitions": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Move a case along the workflow: 200 with the decision, or 409 safeguard_blocked with the blocking findings (the blocked decision is stored) */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: {
                    /** @description ETag of the version the update is based on (required) */
                    readonly "if-match"?: string;
                };
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["TransitionCaseInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["TransitionResult"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 412: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 413: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 415: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 422: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/countries": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** All ISO 3166-1 countries */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": {
                            readonly items: readonly components["schemas"]["Country"][];
                        };
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/countries/{code}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** One country */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    /** @description ISO 3166-1 alpha-2 country code */
                    readonly code: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Country"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/court-orders": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Record a court order (person, destination or program scope); sweeps every open case it covers */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["RecordCourtOrderInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["CourtOrderRecorded"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 413: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 415: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 422: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/decisions/{id}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** One stored decision (facts snapshot, rule-set hash, findings) */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Decision"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/decisions/{id}/replay": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Re-evaluate a stored decision from its facts and rule-set version; reports any difference */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["ReplayResult"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/documents": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Upload a document file (PDF or UTF-8 text, at most 5 MiB) with metadata and links; SHA-256 stored */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["UploadDocumentInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["StoredDocument"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 413: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 415: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/documents/{id}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Read a document (audited), each paragraph shown or withheld by its portion mark */
        readonly get: {
            readonly parameters: {
                readonly query?: {
                    /** @description Why the document is opened (audited) */
                    readonly purpose?: string;
                };
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["DocumentView"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/documents/{id}/attachments/{attachmentId}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** The original file (only for readers of every portion at the full level) */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly attachmentId: string;
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description The file */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": unknown;
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/documents/{id}/export.txt": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Plain-text export with the same redaction as the read */
        readonly get: {
            readonly parameters: {
                readonly query?: {
                    /** @description Why the document is opened (audited) */
                    readonly purpose?: string;
                };
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description The file */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": unknown;
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/documents/{id}/print.html": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Print view (HTML) with the same redaction as the read */
        readonly get: {
            readonly parameters: {
                readonly query?: {
                    /** @description Why the document is opened (audited) */
                    readonly purpose?: string;
                };
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description The file */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": unknown;
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/documents/cables": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Import a cable (telegram text): header, captions, TAGS and portion-marked paragraphs; malformed cables are refused with line numbers */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["ImportCableInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["StoredDocument"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 413: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 415: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/documents/search": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Full-text search over paragraphs you may read (filtered by policy before ranking), ranked, with highlighted snippets */
        readonly get: {
            readonly parameters: {
                readonly query: {
                    readonly classification?: "UNCLASSIFIED" | "SBU" | "CONFIDENTIAL" | "SECRET";
                    /** @description ISO 3166-1 alpha-2 country code */
                    readonly country?: string;
                    /** @description RFC 3339 full-date */
                    readonly from?: string;
                    readonly kind?: "cable" | "court_order" | "notice" | "assurance" | "country_report" | "after_action_report" | "other";
                    readonly limit?: number;
                    /** @description Web-search syntax: words, "phrases", OR, -word */
                    readonly q: string;
                    readonly tag?: string;
                    /** @description RFC 3339 full-date */
                    readonly to?: string;
                };
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["DocumentSearchResult"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/exports/{kind}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Stream an export (CSV, formula-safe, or JSON Lines), redacted for the caller and audited */
        readonly get: {
            readonly parameters: {
                readonly query?: {
                    readonly agreementId?: string;
                    /** @description ISO 3166-1 alpha-2 country code */
                    readonly destinationCountry?: string;
                    readonly format?: "csv" | "jsonl";
                    readonly personId?: string;
                    readonly state?: "intake" | "designation_review" | "country_proposed" | "notice_served" | "fear_screening" | "cleared" | "manifested" | "relocated" | "monitoring" | "closed" | "on_hold";
                };
                readonly header?: never;
                readonly path: {
                    readonly kind: "cases" | "agreements" | "ledger" | "decisions" | "audit";
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description The export file (streamed) */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": string;
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/imports": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Import people and their cases (text/csv or application/x-ndjson body; columns in docs/IMPORT.md) */
        readonly post: {
            readonly parameters: {
                readonly query?: {
                    readonly mode?: "all-or-nothing" | "valid-rows";
                };
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["ImportResult"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 413: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 415: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/monitoring/overdue": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Welfare checks past due, oldest first */
        readonly get: {
            readonly parameters: {
                readonly query?: {
                    readonly limit?: number;
                };
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["OverdueWelfareChecks"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/people": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** List people (keyset pagination) */
        readonly get: {
            readonly parameters: {
                readonly query?: {
                    /** @description Opaque cursor from a previous page (keyset pagination) */
                    readonly cursor?: string;
                    /** @description Page size (1-500) */
                    readonly limit?: number;
                    /** @description ISO 3166-1 alpha-2 country code */
                    readonly nationality?: string;
                };
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["PersonPage"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        /** Record a person */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["CreatePersonInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Person"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 413: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 415: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/people/{id}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Read a person (audited; redacted to the caller's field groups) */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["PersonDetail"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        /** Update a person (If-Match required) */
        readonly patch: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: {
                    /** @description ETag of the version the update is based on (required) */
                    readonly "if-match"?: string;
                };
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["UpdatePersonInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Person"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 412: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 428: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly trace?: never;
    };
    readonly "/api/people/{id}/key": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        readonly post?: never;
        /**
         * Erase a person by law: destroy their data key (crypto-shredding; admin only, audited with the legal basis)
         * @description Afterwards the person reads as `erased: true` with every sealed personal field `{ redacted: true, group: "erased" }`; outputs whose point is the person themselves (a notice naming them) answer 410 `person_erased`. 409 `person_in_transfer` while a case of theirs is on an open transfer, 409 `person_has_open_cases` while one is not closed.
         */
        readonly delete: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["ErasePersonInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 204: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 410: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 415: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/reports/program": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Program statistics for a period (exact counts; roles with report:program). CSV: one section per table, or ?table= */
        readonly get: {
            readonly parameters: {
                readonly query?: {
                    readonly format?: "json" | "csv";
                    /** @description First day, YYYY-MM-DD (required) */
                    readonly from?: string;
                    /** @description Time grouping of the over-time tables */
                    readonly groupBy?: "month" | "quarter";
                    /** @description Only this table */
                    readonly table?: "cases_by_state_destination" | "relocations_by_agreement" | "payments_by_agreement" | "safeguard_blocks_by_rule" | "holds_by_cause" | "days_to_relocation" | "overdue_welfare_checks";
                    /** @description Last day, YYYY-MM-DD (required) */
                    readonly to?: string;
                };
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["ProgramStatistics"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/reports/transparency": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Public transparency report with disclosure control: a live preview (from, to, threshold ≥ 3, roundingBase) or the latest release */
        readonly get: {
            readonly parameters: {
                readonly query?: {
                    readonly format?: "json" | "csv" | "pdf";
                    /** @description First day, YYYY-MM-DD; with `to`, a live preview. Without both: the latest release (or, before the first release, the last four quarters) */
                    readonly from?: string;
                    /** @description Round every published number to a multiple of this (1-1000) */
                    readonly roundingBase?: number;
                    /** @description Disclosure threshold (default 5, at least 3) */
                    readonly threshold?: number;
                    readonly to?: string;
                };
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["TransparencyResponse"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/reports/transparency/releases": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Store the next version of the public report (oversight or legal reviewer); refused unless the disclosure check passes */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": {
                        readonly from: string;
                        readonly roundingBase?: number;
                        readonly threshold?: number;
                        readonly to: string;
                    };
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["TransparencyResponse"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 500: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/reports/transparency/releases/{version}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A stored release of the public report */
        readonly get: {
            readonly parameters: {
                readonly query?: {
                    readonly format?: "json" | "csv" | "pdf";
                };
                readonly header?: never;
                readonly path: {
                    readonly version: number;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["TransparencyResponse"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/rulesets": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Rule-set profiles with content hashes, and every safeguard with citations, parameters and verified flags */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["RuleSets"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/session": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** The current session and its CSRF token */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        /** Sign in: sets an HTTP-only session cookie */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["SignInInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 429: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Sign out */
        readonly delete: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 204: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/sweeps": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Re-evaluate open cases now (legal reviewer); failing ones go on hold with the reason */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["SweepRequestInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["SweepReport"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 413: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 415: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/tokens": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Issue an API token acting as a user; the token is shown once (admin) */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": {
                        /** @default  */
                        readonly name?: string;
                        readonly username: string;
                    };
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["IssuedToken"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/tokens/{id}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        readonly post?: never;
        /** Revoke an API token (admin) */
        readonly delete: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 204: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/transfers": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** List transfers the caller may read */
        readonly get: {
            readonly parameters: {
                readonly query?: {
                    readonly agreementId?: string;
                    readonly cursor?: string;
                    readonly limit?: number;
                    readonly status?: "planned" | "manifest_locked" | "departed" | "arrived" | "closed" | "cancelled";
                };
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["TransferPage"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        /** Plan a transfer (status planned); the caller is its preparer */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["CreateTransferInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Transfer"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/transfers/{id}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A transfer with its manifest, departure removals, boarding reconciliation, welfare checks and review */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["TransferDetail"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        /** Change the plan while planned (If-Match required) */
        readonly patch: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: {
                    /** @description ETag of the version the update is based on (required) */
                    readonly "if-match"?: string;
                };
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["UpdateTransferInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Transfer"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 412: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 428: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly trace?: never;
    };
    readonly "/api/transfers/{id}/arrival": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Confirm arrival: boarded cases relocated, capacity consumed and payments posted once (a second call is 409) */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Arrival"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/transfers/{id}/boarding": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Record boarded persons (by case); anyone not on the manifest is refused (409) */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["ManifestCasesInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["BoardingReconciliation"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/transfers/{id}/cancel": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Cancel before departure (If-Match required); manifested cases go back to cleared */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: {
                    /** @description ETag of the version the update is based on (required) */
                    readonly "if-match"?: string;
                };
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["CancelTransferInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Transfer"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 412: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 428: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/transfers/{id}/close": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Close an arrived transfer (If-Match required) */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: {
                    /** @description ETag of the version the update is based on (required) */
                    readonly "if-match"?: string;
                };
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Transfer"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 412: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 428: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/transfers/{id}/depart": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Departure gate: re-check every case now; failing cases are removed from boarding (held, alerted), the rest depart */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["DepartTransferInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Departure"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/transfers/{id}/lock": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Lock the manifest: a supervisor who did not prepare it; every case re-evaluated at the scheduled departure; signed snapshot */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: {
                    /** @description ETag of the version the update is based on (required) */
                    readonly "if-match"?: string;
                };
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["LockedManifest"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 412: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 503: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/transfers/{id}/manifest": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Add cleared cases to the manifest (all or none; 409 lists the reasons per case) */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["ManifestCasesInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["ManifestChange"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/transfers/{id}/manifest.html": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Printable manifest (names redacted per policy) */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "text/html": string;
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "text/html": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "text/html": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "text/html": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/transfers/{id}/manifest/remove": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Take cases off the manifest while planned (back to cleared) */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["ManifestCasesInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["ManifestChange"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/transfers/{id}/manifest/verify": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Verify the manifest signature and replay every decision in it */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["ManifestVerification"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 503: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/transfers/{id}/review": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        /** Write the after-action review (If-Match to replace an existing one) */
        readonly put: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: {
                    /** @description ETag of the version the update is based on (required) */
                    readonly "if-match"?: string;
                };
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["RecordAfterActionReviewInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["AfterActionReview"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 412: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 428: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/users": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** List accounts (admin) */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": {
                            readonly items: readonly components["schemas"]["User"][];
                        };
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        /** Create an account (admin) */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["CreateUserInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/users/{username}/disable": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Disable an account; ends its sessions and tokens (admin) */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly username: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/welfare-checks/{id}/result": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** Record the result of a welfare check */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly id: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["WelfareCheckResultInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["WelfareCheck"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/whatif": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /** How many open cases another rule set would block, and by which safeguards; writes nothing */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["WhatIfInput"];
                };
            };
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["WhatIfReport"];
                    };
                };
                /** @description Default Response */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 401: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 413: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                readonly 415: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/healthz": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Liveness: the process answers */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": {
                            /** @enum {string} */
                            readonly status: "ok";
                        };
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/readyz": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** Readiness: the database answers and the schema is current */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Default Response */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": {
                            readonly database: string;
                            /** @enum {string} */
                            readonly status: "ready";
                        };
                    };
                };
                /** @description Default Response */
                readonly 503: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        readonly AccessReport: {
            readonly actors: readonly {
                readonly actor: string;
                readonly changes: number;
                readonly fieldGroups: readonly string[];
                readonly firstAt: string;
                readonly lastAt: string;
                readonly reads: number;
            }[];
            readonly entries: readonly {
                readonly action: string;
                readonly actor: string;
                readonly at: string;
                readonly details: {
                    readonly [key: string]: unknown;
                };
                readonly fieldGroups: readonly string[];
                /** @enum {string} */
                readonly kind: "read" | "change";
                readonly purpose: string | null;
                readonly seq: number | null;
            }[];
            readonly from: string;
            readonly resourceId: string;
            readonly resourceType: string;
            readonly to: string;
            readonly truncated: boolean;
        };
        readonly AccessReportInput: {
            readonly actors: readonly {
                readonly actor: string;
                readonly changes: number;
                readonly fieldGroups: readonly string[];
                readonly firstAt: string;
                readonly lastAt: string;
                readonly reads: number;
            }[];
            readonly entries: readonly {
                readonly action: string;
                readonly actor: string;
                readonly at: string;
                readonly details: {
                    readonly [key: string]: unknown;
                };
                readonly fieldGroups: readonly string[];
                /** @enum {string} */
                readonly kind: "read" | "change";
                readonly purpose: string | null;
                readonly seq: number | null;
            }[];
            readonly from: string;
            readonly resourceId: string;
            readonly resourceType: string;
            readonly to: string;
            readonly truncated: boolean;
        };
        readonly AfterActionReview: {
            readonly createdAt: string;
            readonly deviations: readonly string[];
            readonly documentIds: readonly string[];
            readonly findings: readonly string[];
            readonly followUps: readonly {
                readonly action: string;
                readonly due: string | null;
                readonly owner: string;
            }[];
            readonly recordedBy: string;
            readonly summary: string;
            readonly transferId: string;
            readonly updatedAt: string;
            readonly version: number;
        };
        readonly AfterActionReviewInput: {
            readonly createdAt: string;
            readonly deviations: readonly string[];
            readonly documentIds: readonly string[];
            readonly findings: readonly string[];
            readonly followUps: readonly {
                readonly action: string;
                readonly due: string | null;
                readonly owner: string;
            }[];
            readonly recordedBy: string;
            readonly summary: string;
            readonly transferId: string;
            readonly updatedAt: string;
            readonly version: number;
        };
        readonly Agreement: {
            readonly code: string;
            readonly confidence: string;
            readonly createdAt: string;
            readonly effectiveFrom: string | null;
            readonly effectiveTo: string | null;
            /** Format: uuid */
            readonly id: string;
            readonly isDemo: boolean;
            readonly receivingCountry: string;
            readonly sendingCountry: string;
            readonly sources: readonly {
                readonly label: string;
                readonly url?: string;
            }[];
            /** @enum {string} */
            readonly status: "proposed" | "negotiating" | "active" | "suspended" | "terminated";
            readonly statusChangedAt: string;
            readonly summary: string;
            readonly title: string;
            readonly updatedAt: string;
            readonly version: number;
        };
        readonly AgreementDetail: {
            readonly agreement: components["schemas"]["Agreement"];
            readonly terms: readonly {
                readonly changeSummary: string;
                readonly createdAt: string;
                readonly effectiveFrom: string;
                readonly sourceDocuments: readonly {
                    readonly label: string;
                    readonly url?: string;
                }[];
                readonly terms: {
                    readonly capacity: {
                        readonly perTransfer: number | null;
                        readonly total: number | null;
                    };
                    readonly eligibility: {
                        readonly excludedCategories: readonly string[];
                        readonly excludedNationalities: readonly string[];
                        readonly regionalPreferences: readonly string[];
                    };
                    readonly monitoring: {
                        readonly welfareCheckDays: readonly number[];
                    };
                    readonly payments: {
                        readonly lumpSums: readonly {
                            readonly amount: {
                                readonly amountMinor: number;
                                readonly currency: string;
                            };
                            readonly dueOn: string;
                            readonly label: string;
                        }[];
                        readonly perPerson: {
                            readonly amountMinor: number;
                            readonly currency: string;
                        } | null;
                    };
                    readonly requiredAssurances: readonly string[];
                };
                readonly versionNo: number;
            }[];
        };
        readonly AgreementDetailInput: {
            readonly agreement: components["schemas"]["AgreementInput"];
            readonly terms: readonly {
                readonly changeSummary: string;
                readonly createdAt: string;
                readonly effectiveFrom: string;
                readonly sourceDocuments: readonly {
                    readonly label: string;
                    readonly url?: string;
                }[];
                readonly terms: {
                    readonly capacity: {
                        readonly perTransfer: number | null;
                        readonly total: number | null;
                    };
                    readonly eligibility: {
                        readonly excludedCategories: readonly string[];
                        readonly excludedNationalities: readonly string[];
                        readonly regionalPreferences: readonly string[];
                    };
                    readonly monitoring: {
                        readonly welfareCheckDays: readonly number[];
                    };
                    readonly payments: {
                        readonly lumpSums: readonly {
                            readonly amount: {
                                readonly amountMinor: number;
                                readonly currency: string;
                            };
                            readonly dueOn: string;
                            readonly label: string;
                        }[];
                        readonly perPerson: {
                            readonly amountMinor: number;
                            readonly currency: string;
                        } | null;
                    };
                    readonly requiredAssurances: readonly string[];
                };
                readonly versionNo: number;
            }[];
        };
        readonly AgreementInput: {
            readonly code: string;
            readonly confidence: string;
            readonly createdAt: string;
            readonly effectiveFrom: string | null;
            readonly effectiveTo: string | null;
            /** Format: uuid */
            readonly id: string;
            readonly isDemo: boolean;
            readonly receivingCountry: string;
            readonly sendingCountry: string;
            readonly sources: readonly {
                readonly label: string;
                readonly url?: string;
            }[];
            /** @enum {string} */
            readonly status: "proposed" | "negotiating" | "active" | "suspended" | "terminated";
            readonly statusChangedAt: string;
            readonly summary: string;
            readonly title: string;
            readonly updatedAt: string;
            readonly version: number;
        };
        readonly AgreementLedger: {
            readonly agreement: components["schemas"]["Agreement"];
            readonly asOf: string;
            readonly capacity: components["schemas"]["CapacityPosition"];
            readonly disbursements: readonly components["schemas"]["Disbursement"][];
            readonly obligations: readonly components["schemas"]["PaymentObligation"][];
            readonly reconciliation: components["schemas"]["Reconciliation"] | null;
            readonly statusToday: ("proposed" | "negotiating" | "active" | "suspended" | "terminated") | null;
            readonly termsVersionInForce: number | null;
        };
        readonly AgreementLedgerInput: {
            readonly agreement: components["schemas"]["AgreementInput"];
            readonly asOf: string;
            readonly capacity: components["schemas"]["CapacityPositionInput"];
            readonly disbursements: readonly components["schemas"]["DisbursementInput"][];
            readonly obligations: readonly components["schemas"]["PaymentObligationInput"][];
            readonly reconciliation: components["schemas"]["ReconciliationInput"] | null;
            readonly statusToday: ("proposed" | "negotiating" | "active" | "suspended" | "terminated") | null;
            readonly termsVersionInForce: number | null;
        };
        readonly AgreementPage: {
            readonly items: readonly components["schemas"]["Agreement"][];
            readonly nextCursor: string | null;
        };
        readonly AgreementPageInput: {
            readonly items: readonly components["schemas"]["AgreementInput"][];
            readonly nextCursor: string | null;
        };
        readonly AgreementStatusChange: {
            /** Format: uuid */
            readonly agreementId: string;
            readonly changedAt: string;
            readonly changedBy: string;
            readonly effectiveOn: string;
            /** @enum {string} */
            readonly fromStatus: "proposed" | "negotiating" | "active" | "suspended" | "terminated";
            /** Format: uuid */
            readonly id: string;
            readonly reason: string;
            /** @enum {string} */
            readonly toStatus: "proposed" | "negotiating" | "active" | "suspended" | "terminated";
        };
        readonly AgreementStatusChanged: {
            readonly agreement: components["schemas"]["Agreement"];
            readonly change: components["schemas"]["AgreementStatusChange"];
        };
        readonly AgreementStatusChangedInput: {
            readonly agreement: components["schemas"]["AgreementInput"];
            readonly change: components["schemas"]["AgreementStatusChangeInput"];
        };
        readonly AgreementStatusChangeInput: {
            /** Format: uuid */
            readonly agreementId: string;
            readonly changedAt: string;
            readonly changedBy: string;
            readonly effectiveOn: string;
            /** @enum {string} */
            readonly fromStatus: "proposed" | "negotiating" | "active" | "suspended" | "terminated";
            /** Format: uuid */
            readonly id: string;
            readonly reason: string;
            /** @enum {string} */
            readonly toStatus: "proposed" | "negotiating" | "active" | "suspended" | "terminated";
        };
        readonly AgreementSummary: {
            readonly agreement: components["schemas"]["Agreement"];
            readonly asOf: string;
            readonly capacity: components["schemas"]["CapacityPosition"];
            readonly statusToday: ("proposed" | "negotiating" | "active" | "suspended" | "terminated") | null;
            readonly termsVersionInForce: number | null;
            readonly totals: {
                readonly currency: string;
                readonly disbursed: components["schemas"]["MoneyView"];
                readonly obligated: components["schemas"]["MoneyView"];
                readonly outstanding: components["schemas"]["MoneyView"];
            } | null;
        };
        readonly AgreementSummaryInput: {
            readonly agreement: components["schemas"]["AgreementInput"];
            readonly asOf: string;
            readonly capacity: components["schemas"]["CapacityPositionInput"];
            readonly statusToday: ("proposed" | "negotiating" | "active" | "suspended" | "terminated") | null;
            readonly termsVersionInForce: number | null;
            readonly totals: {
                readonly currency: string;
                readonly disbursed: components["schemas"]["MoneyViewInput"];
                readonly obligated: components["schemas"]["MoneyViewInput"];
                readonly outstanding: components["schemas"]["MoneyViewInput"];
            } | null;
        };
        readonly AgreementTerms: {
            /**
             * @default {
             *       "total": null,
             *       "perTransfer": null
             *     }
             */
            readonly capacity: {
                /** @default null */
                readonly perTransfer: number | null;
                /** @default null */
                readonly total: number | null;
            };
            /**
             * @default {
             *       "excludedNationalities": [],
             *       "excludedCategories": [],
             *       "regionalPreferences": []
             *     }
             */
            readonly eligibility: {
                /** @default [] */
                readonly excludedCategories: readonly string[];
                /** @default [] */
                readonly excludedNationalities: readonly string[];
                /** @default [] */
                readonly regionalPreferences: readonly string[];
            };
            /**
             * @default {
             *       "welfareCheckDays": []
             *     }
             */
            readonly monitoring: {
                /** @default [] */
                readonly welfareCheckDays: readonly number[];
            };
            /**
             * @default {
             *       "perPerson": null,
             *       "lumpSums": []
             *     }
             */
            readonly payments: {
                /** @default [] */
                readonly lumpSums: readonly {
                    readonly amount: {
                        /**
                         * @description Amount in integer minor units (cents for USD); never a float
                         * @example 10000000
                         */
                        readonly amountMinor: number;
                        /**
                         * @description ISO 4217 currency code
                         * @example USD
                         */
                        readonly currency: string;
                    };
                    /**
                     * @description RFC 3339 full-date
                     * @example 2025-04-04
                     */
                    readonly dueOn: string;
                    readonly label: string;
                }[];
                /** @default null */
                readonly perPerson: {
                    /**
                     * @description Amount in integer minor units (cents for USD); never a float
                     * @example 10000000
                     */
                    readonly amountMinor: number;
                    /**
                     * @description ISO 4217 currency code
                     * @example USD
                     */
                    readonly currency: string;
                } | null;
            };
            /** @default [] */
            readonly requiredAssurances: readonly string[];
        };
        readonly AgreementTermsInput: {
            /**
             * @default {
             *       "total": null,
             *       "perTransfer": null
             *     }
             */
            readonly capacity: {
                /** @default null */
                readonly perTransfer: number | null;
                /** @default null */
                readonly total: number | null;
            };
            /**
             * @default {
             *       "excludedNationalities": [],
             *       "excludedCategories": [],
             *       "regionalPreferences": []
             *     }
             */
            readonly eligibility: {
                /** @default [] */
                readonly excludedCategories: readonly string[];
                /** @default [] */
                readonly excludedNationalities: readonly string[];
                /** @default [] */
                readonly regionalPreferences: readonly string[];
            };
            /**
             * @default {
             *       "welfareCheckDays": []
             *     }
             */
            readonly monitoring: {
                /** @default [] */
                readonly welfareCheckDays: readonly number[];
            };
            /**
             * @default {
             *       "perPerson": null,
             *       "lumpSums": []
             *     }
             */
            readonly payments: {
                /** @default [] */
                readonly lumpSums: readonly {
                    readonly amount: {
                        /**
                         * @description Amount in integer minor units (cents for USD); never a float
                         * @example 10000000
                         */
                        readonly amountMinor: number;
                        /**
                         * @description ISO 4217 currency code
                         * @example USD
                         */
                        readonly currency: string;
                    };
                    /**
                     * @description RFC 3339 full-date
                     * @example 2025-04-04
                     */
                    readonly dueOn: string;
                    readonly label: string;
                }[];
                /** @default null */
                readonly perPerson: {
                    /**
                     * @description Amount in integer minor units (cents for USD); never a float
                     * @example 10000000
                     */
                    readonly amountMinor: number;
                    /**
                     * @description ISO 4217 currency code
                     * @example USD
                     */
                    readonly currency: string;
                } | null;
            };
            /** @default [] */
            readonly requiredAssurances: readonly string[];
        };
        readonly AmendAgreement: {
            readonly changeSummary: string;
            /**
             * @description RFC 3339 full-date
             * @example 2025-04-04
             */
            readonly effectiveFrom: string;
            /** @default [] */
            readonly sourceDocuments: readonly {
                readonly label: string;
                readonly url?: string;
            }[];
            readonly terms: components["schemas"]["AgreementTerms"];
        };
        readonly AmendAgreementInput: {
            readonly changeSummary: string;
            /**
             * @description RFC 3339 full-date
             * @example 2025-04-04
             */
            readonly effectiveFrom: string;
            /** @default [] */
            readonly sourceDocuments: readonly {
                readonly label: string;
                readonly url?: string;
            }[];
            readonly terms: components["schemas"]["AgreementTermsInput"];
        };
        readonly Arrival: {
            readonly obligationsPosted: number;
            readonly relocatedCaseIds: readonly string[];
            readonly returnedCaseIds: readonly string[];
            readonly transfer: components["schemas"]["Transfer"];
            readonly welfareChecksScheduled: number;
        };
        readonly ArrivalInput: {
            readonly obligationsPosted: number;
            readonly relocatedCaseIds: readonly string[];
            readonly returnedCaseIds: readonly string[];
            readonly transfer: components["schemas"]["TransferInput"];
            readonly welfareChecksScheduled: number;
        };
        readonly AuditCheckpoint: {
            readonly head: components["schemas"]["SignedTreeHead"];
            readonly id: number;
            readonly keyId: string;
        };
        readonly AuditCheckpointInput: {
            readonly head: components["schemas"]["SignedTreeHeadInput"];
            readonly id: number;
            readonly keyId: string;
        };
        readonly AuditCheckpointPage: {
            readonly items: readonly components["schemas"]["AuditCheckpoint"][];
            readonly nextAfter: number | null;
        };
        readonly AuditCheckpointPageInput: {
            readonly items: readonly components["schemas"]["AuditCheckpointInput"][];
            readonly nextAfter: number | null;
        };
        readonly AuditConsistencyProof: {
            readonly from: number;
            readonly proof: readonly string[];
            readonly to: number;
        };
        readonly AuditConsistencyProofInput: {
            readonly from: number;
            readonly proof: readonly string[];
            readonly to: number;
        };
        readonly AuditInclusionProof: {
            readonly auditPath: readonly string[];
            readonly leafHash: string;
            readonly leafIndex: number;
            readonly seq: number;
            readonly treeSize: number;
        };
        readonly AuditInclusionProofInput: {
            readonly auditPath: readonly string[];
            readonly leafHash: string;
            readonly leafIndex: number;
            readonly seq: number;
            readonly treeSize: number;
        };
        readonly AuditKey: {
            /** @constant */
            readonly algorithm: "Ed25519";
            /** @description SHA-256 of the raw key bytes */
            readonly keyId: string;
            /** @description SPKI PEM */
            readonly pem: string;
            /** @description The 32 raw public key bytes in base64: what a witness pins */
            readonly rawBase64: string;
            /** @description Domain label inside every signed tree head message */
            readonly signingPurpose: string;
        };
        readonly AuditKeyInput: {
            /** @constant */
            readonly algorithm: "Ed25519";
            /** @description SHA-256 of the raw key bytes */
            readonly keyId: string;
            /** @description SPKI PEM */
            readonly pem: string;
            /** @description The 32 raw public key bytes in base64: what a witness pins */
            readonly rawBase64: string;
            /** @description Domain label inside every signed tree head message */
            readonly signingPurpose: string;
        };
        readonly BoardingReconciliation: {
            readonly boarded: readonly string[];
            readonly notBoarded: readonly string[];
            readonly removedAtDeparture: readonly string[];
        };
        readonly BoardingReconciliationInput: {
            readonly boarded: readonly string[];
            readonly notBoarded: readonly string[];
            readonly removedAtDeparture: readonly string[];
        };
        readonly CancelTransfer: {
            readonly reason: string;
        };
        readonly CancelTransferInput: {
            readonly reason: string;
        };
        /** @description null capacity/free: the terms state no cap */
        readonly CapacityPosition: {
            readonly capacity: number | null;
            readonly consumed: number;
            readonly free: number | null;
            readonly reserved: number;
        };
        /** @description null capacity/free: the terms state no cap */
        readonly CapacityPositionInput: {
            readonly capacity: number | null;
            readonly consumed: number;
            readonly free: number | null;
            readonly reserved: number;
        };
        readonly CapacityReservation: {
            /** Format: uuid */
            readonly agreementId: string;
            /** Format: uuid */
            readonly caseId: string;
            readonly consumedAt: string | null;
            /** Format: uuid */
            readonly id: string;
            readonly releasedAt: string | null;
            readonly reservedAt: string;
            /** @enum {string} */
            readonly status: "reserved" | "consumed" | "released";
        };
        readonly CapacityReservationInput: {
            /** Format: uuid */
            readonly agreementId: string;
            /** Format: uuid */
            readonly caseId: string;
            readonly consumedAt: string | null;
            /** Format: uuid */
            readonly id: string;
            readonly releasedAt: string | null;
            readonly reservedAt: string;
            /** @enum {string} */
            readonly status: "reserved" | "consumed" | "released";
        };
        readonly Case: {
            readonly agency: string;
            readonly agreementId: string | null;
            readonly closedAt: string | null;
            readonly closeOutcome: ("relocated" | "protection_granted" | "removed_to_origin" | "released" | "withdrawn") | null;
            readonly counselId: string | null;
            readonly createdAt: string;
            readonly destinationCountry: string | null;
            readonly externalId: (string | null) | components["schemas"]["RedactedField"];
            readonly heldFromState: ("intake" | "designation_review" | "country_proposed" | "notice_served" | "fear_screening" | "cleared" | "manifested" | "relocated" | "monitoring" | "closed" | "on_hold") | null;
            readonly holdReason: string | null;
            /** Format: uuid */
            readonly id: string;
            readonly isDemo: boolean;
            readonly officerId: string | null;
            readonly openedAt: string;
            /** Format: uuid */
            readonly personId: string;
            readonly reference: string;
            readonly ruleSetId: string;
            /** @enum {string} */
            readonly state: "intake" | "designation_review" | "country_proposed" | "notice_served" | "fear_screening" | "cleared" | "manifested" | "relocated" | "monitoring" | "closed" | "on_hold";
            readonly teamIds: readonly string[];
            readonly updatedAt: string;
            readonly version: number;
        };
        /** @description A case as the caller may see it, with the caller's abilities. */
        readonly CaseDetail: {
            /** @description Actions the caller may take on this record now */
            readonly abilities: readonly string[];
            readonly agency: string;
            readonly agreementId: string | null;
            /** @description Read only through a break-the-glass grant (flagged for oversight) */
            readonly breakGlass: boolean;
            readonly closedAt: string | null;
            readonly closeOutcome: ("relocated" | "protection_granted" | "removed_to_origin" | "released" | "withdrawn") | null;
            readonly counselId: string | null;
            readonly createdAt: string;
            readonly destinationCountry: string | null;
            readonly externalId: (string | null) | components["schemas"]["RedactedField"];
            /** @description Field groups shown to the caller; others are redacted */
            readonly fieldGroups: readonly string[];
            readonly heldFromState: ("intake" | "designation_review" | "country_proposed" | "notice_served" | "fear_screening" | "cleared" | "manifested" | "relocated" | "monitoring" | "closed" | "on_hold") | null;
            readonly holdReason: string | null;
            /** Format: uuid */
            readonly id: string;
            readonly isDemo: boolean;
            readonly officerId: string | null;
            readonly openedAt: string;
            /** Format: uuid */
            readonly personId: string;
            readonly reference: string;
            readonly ruleSetId: string;
            /** @enum {string} */
            readonly state: "intake" | "designation_review" | "country_proposed" | "notice_served" | "fear_screening" | "cleared" | "manifested" | "relocated" | "monitoring" | "closed" | "on_hold";
            readonly teamIds: readonly string[];
            readonly updatedAt: string;
            readonly version: number;
        };
        /** @description A case as the caller may see it, with the caller's abilities. */
        readonly CaseDetailInput: {
            /** @description Actions the caller may take on this record now */
            readonly abilities: readonly string[];
            readonly agency: string;
            readonly agreementId: string | null;
            /** @description Read only through a break-the-glass grant (flagged for oversight) */
            readonly breakGlass: boolean;
            readonly closedAt: string | null;
            readonly closeOutcome: ("relocated" | "protection_granted" | "removed_to_origin" | "released" | "withdrawn") | null;
            readonly counselId: string | null;
            readonly createdAt: string;
            readonly destinationCountry: string | null;
            readonly externalId: (string | null) | components["schemas"]["RedactedFieldInput"];
            /** @description Field groups shown to the caller; others are redacted */
            readonly fieldGroups: readonly string[];
            readonly heldFromState: ("intake" | "designation_review" | "country_proposed" | "notice_served" | "fear_screening" | "cleared" | "manifested" | "relocated" | "monitoring" | "closed" | "on_hold") | null;
            readonly holdReason: string | null;
            /** Format: uuid */
            readonly id: string;
            readonly isDemo: boolean;
            readonly officerId: string | null;
            readonly openedAt: string;
            /** Format: uuid */
            readonly personId: string;
            readonly reference: string;
            readonly ruleSetId: string;
            /** @enum {string} */
            readonly state: "intake" | "designation_review" | "country_proposed" | "notice_served" | "fear_screening" | "cleared" | "manifested" | "relocated" | "monitoring" | "closed" | "on_hold";
            readonly teamIds: readonly string[];
            readonly updatedAt: string;
            readonly version: number;
        };
        /** @description A document linked to a case, listed for a caller who may open it. */
        readonly CaseDocument: {
            /**
             * @description The declared level of the document
             * @enum {string}
             */
            readonly classification: "UNCLASSIFIED" | "SBU" | "CONFIDENTIAL" | "SECRET";
            readonly createdAt: string;
            readonly documentDate: string | null;
            readonly id: string;
            /** @enum {string} */
            readonly kind: "cable" | "court_order" | "notice" | "assurance" | "country_report" | "after_action_report" | "other";
            readonly paragraphCount: number;
            readonly title: string;
            /** @description Paragraphs the caller would see withheld when opening the document */
            readonly withheldParagraphs: number;
        };
        /** @description A document linked to a case, listed for a caller who may open it. */
        readonly CaseDocumentInput: {
            /**
             * @description The declared level of the document
             * @enum {string}
             */
            readonly classification: "UNCLASSIFIED" | "SBU" | "CONFIDENTIAL" | "SECRET";
            readonly createdAt: string;
            readonly documentDate: string | null;
            readonly id: string;
            /** @enum {string} */
            readonly kind: "cable" | "court_order" | "notice" | "assurance" | "country_report" | "after_action_report" | "other";
            readonly paragraphCount: number;
            readonly title: string;
            /** @description Paragraphs the caller would see withheld when opening the document */
            readonly withheldParagraphs: number;
        };
        readonly CaseDocuments: {
            readonly items: readonly components["schemas"]["CaseDocument"][];
        };
        readonly CaseDocumentsInput: {
            readonly items: readonly components["schemas"]["CaseDocumentInput"][];
        };
        readonly CaseFact: {
            /** Format: uuid */
            readonly caseId: string;
            /** Format: uuid */
            readonly id: string;
            /** @enum {string} */
            readonly kind: "removal_order" | "designation_record" | "fear_claim" | "fear_outcome" | "reasonable_fear_interview" | "reopening" | "protection" | "notice" | "assurance" | "receiving_consent" | "individual_assessment" | "vulnerability_review" | "exigent_circumstances" | "monitoring_plan";
            readonly payload: {
                readonly [key: string]: unknown;
            };
            readonly recordedAt: string;
            readonly recordedBy: string;
            readonly supersedes: string | null;
        };
        readonly CaseFactInput: {
            /** Format: uuid */
            readonly caseId: string;
            /** Format: uuid */
            readonly id: string;
            /** @enum {string} */
            readonly kind: "removal_order" | "designation_record" | "fear_claim" | "fear_outcome" | "reasonable_fear_interview" | "reopening" | "protection" | "notice" | "assurance" | "receiving_consent" | "individual_assessment" | "vulnerability_review" | "exigent_circumstances" | "monitoring_plan";
            readonly payload: {
                readonly [key: string]: unknown;
            };
            readonly recordedAt: string;
            readonly recordedBy: string;
            readonly supersedes: string | null;
        };
        readonly CaseFacts: {
            readonly agreement: {
                readonly capacity: {
                    readonly consumed: number;
                    readonly reserved: number;
                    readonly total: number | null;
                };
                readonly effectiveFrom: string | null;
                readonly effectiveTo: string | null;
                readonly eligibility: {
                    readonly excludedCategories: readonly string[];
                    readonly excludedNationalities: readonly string[];
                };
                readonly id: string;
                readonly placeReservedForCase: boolean;
                readonly receivingCountry: string;
                /** @enum {string} */
                readonly status: "proposed" | "negotiating" | "active" | "suspended" | "terminated";
                readonly transferStandards: {
                    readonly asylumProcedureAccess: boolean;
                    readonly durableSolution: boolean;
                    readonly independentMonitoring: boolean;
                    readonly legallyBinding: boolean;
                };
                readonly welfareCheckDays: readonly number[];
            } | null;
            readonly assurances: readonly {
                readonly basis: string;
                readonly country: string;
                readonly coveredPersonIds: "all" | readonly string[];
                /** @enum {string} */
                readonly credibilityFinding: "reliable" | "unreliable" | "pending";
                readonly documentHash: string | null;
                readonly forwardedBySecretaryOfState: boolean;
                readonly foundAt: string | null;
                readonly foundBy: string | null;
                readonly id: string;
                readonly monitoring: {
                    readonly mechanism: string;
                    readonly welfareCheckDays: readonly number[];
                } | null;
                readonly receivedAt: string;
                readonly scope: string;
            }[];
            readonly case: {
                readonly counselOfRecord: boolean;
                readonly destinationCountry: string | null;
                readonly ruleSetId: string;
                /** @enum {string} */
                readonly state: "intake" | "designation_review" | "country_proposed" | "notice_served" | "fear_screening" | "cleared" | "manifested" | "relocated" | "monitoring" | "closed" | "on_hold";
            };
            readonly caseId: string;
            readonly countryAssessments: readonly {
                readonly citation: string;
                readonly controlling: boolean;
                readonly country: string;
                readonly date: string;
                /** @enum {string} */
                readonly finding: "unsafe" | "concerns" | "no_finding";
                readonly id: string;
                /** @enum {string} */
                readonly source: "court" | "unhcr" | "state_department" | "home_office" | "other";
            }[];
            readonly courtOrders: readonly {
                readonly activeFrom: string;
                readonly activeTo: string | null;
                readonly court: string;
                readonly docket: string;
                readonly id: string;
                /** @enum {string} */
                readonly kind: "stay" | "injunction" | "tro";
                readonly scope: {
                    /** @constant */
                    readonly kind: "person";
                    readonly personId: string;
                } | {
                    readonly country: string;
                    /** @constant */
                    readonly kind: "destination";
                } | {
                    /** @constant */
                    readonly kind: "program";
                    readonly programId: string;
                };
            }[];
            readonly designation: readonly {
                readonly country: string | null;
                readonly explanation: string;
                readonly failure: ("not_designated" | "not_applicable" | "declined_to_accept" | "no_timely_response" | "impracticable" | "inadvisable" | "impossible") | null;
                readonly recordedAt: string;
                /** @enum {string} */
                readonly result: "chosen" | "failed";
                /** @enum {string} */
                readonly step: "designated_by_person" | "nationality" | "admission" | "embarkation" | "prior_residence" | "birth" | "birthplace_sovereign_at_birth" | "birthplace_sovereign_now" | "will_accept";
            }[];
            readonly exigentCircumstances: {
                readonly attorneyAccess: boolean;
                readonly declaredAt: string;
                readonly declaredBy: string;
                readonly reason: string;
            } | null;
            /** @constant */
            readonly factsVersion: 1;
            readonly fearClaims: readonly {
                readonly claimedAt: string;
                readonly country: string;
                readonly decidedAt: string | null;
                readonly id: string;
                /** @enum {string} */
                readonly outcome: "pending" | "negative" | "positive" | "withdrawn";
                readonly reasonableFearInterview: {
                    readonly confidentialDocumentTransmission: boolean;
                    readonly counselPresent: boolean;
                    readonly interpreterLanguage: string | null;
                    readonly noticeGivenAt: string;
                    readonly phoneAccess: boolean;
                    readonly scheduledAt: string;
                } | null;
                readonly reopening: {
                    readonly decidedAt: string | null;
                    readonly filedAt: string;
                    /** @enum {string} */
                    readonly outcome: "pending" | "denied" | "granted";
                } | null;
            }[];
            readonly individualAssessments: readonly {
                readonly assessedBy: string;
                readonly bestInterestsOfChildAssessed: boolean | null;
                readonly completedAt: string;
                readonly country: string;
                readonly onwardRefoulementConsidered: boolean;
                /** @enum {string} */
                readonly outcome: "no_real_risk" | "real_risk";
                readonly specialNeedsIdentified: boolean;
                readonly unhcrEvidenceConsidered: boolean;
            }[];
            readonly monitoringPlan: {
                readonly monitor: string;
                readonly plannedAt: string;
                readonly welfareCheckDays: readonly number[];
            } | null;
            readonly notices: readonly {
                readonly country: string;
                readonly documentHash: string;
                readonly explainsHowToContest: boolean;
                readonly id: string;
                readonly interpreterLanguage: string | null;
                readonly language: string;
                /** @enum {string} */
                readonly method: "in_person" | "mail" | "electronic" | "via_counsel";
                readonly servedAt: string;
                readonly servedToCounsel: boolean;
                readonly servedToPerson: boolean;
            }[];
            readonly person: {
                readonly birthDate: string | null;
                readonly criminalRecord: boolean;
                readonly id: string;
                readonly languages: readonly string[];
                readonly nationalities: readonly string[];
                readonly vulnerabilities: readonly ("unaccompanied_minor" | "serious_medical" | "torture_survivor" | "pregnancy" | "disability" | "elderly" | "trafficking_victim" | "mental_health")[];
            };
            readonly programId: string | null;
            readonly protections: readonly {
                readonly country: string;
                readonly grantedAt: string;
                /** @enum {string} */
                readonly kind: "withholding" | "cat_withholding" | "cat_deferral" | "refugee_status" | "humanitarian_protection";
                readonly terminatedAt: string | null;
            }[];
            readonly receivingConsent: {
                readonly country: string;
                readonly decidedAt: string | null;
                /** @enum {string} */
                readonly status: "accepted" | "declined" | "pending";
            } | null;
            readonly removalOrder: {
                /** @enum {string} */
                readonly authority: "ina_240" | "expedited_removal" | "alien_enemies_act";
                readonly countriesNamed: readonly string[];
                readonly final: boolean;
                readonly finalAt: string | null;
                readonly issuedAt: string;
            } | null;
            readonly vulnerabilityReview: {
                readonly completedAt: string;
                /** @enum {string} */
                readonly outcome: "cleared" | "not_cleared";
                readonly reviewedBy: string;
            } | null;
        };
        readonly CaseFactsInput: {
            readonly agreement: {
                readonly capacity: {
                    readonly consumed: number;
                    readonly reserved: number;
                    readonly total: number | null;
                };
                readonly effectiveFrom: string | null;
                readonly effectiveTo: string | null;
                readonly eligibility: {
                    readonly excludedCategories: readonly string[];
                    readonly excludedNationalities: readonly string[];
                };
                readonly id: string;
                readonly placeReservedForCase: boolean;
                readonly receivingCountry: string;
                /** @enum {string} */
                readonly status: "proposed" | "negotiating" | "active" | "suspended" | "terminated";
                readonly transferStandards: {
                    readonly asylumProcedureAccess: boolean;
                    readonly durableSolution: boolean;
                    readonly independentMonitoring: boolean;
                    readonly legallyBinding: boolean;
                };
                readonly welfareCheckDays: readonly number[];
            } | null;
            readonly assurances: readonly {
                readonly basis: string;
                readonly country: string;
                readonly coveredPersonIds: "all" | readonly string[];
                /** @enum {string} */
                readonly credibilityFinding: "reliable" | "unreliable" | "pending";
                readonly documentHash: string | null;
                readonly forwardedBySecretaryOfState: boolean;
                readonly foundAt: string | null;
                readonly foundBy: string | null;
                readonly id: string;
                readonly monitoring: {
                    readonly mechanism: string;
                    readonly welfareCheckDays: readonly number[];
                } | null;
                readonly receivedAt: string;
                readonly scope: string;
            }[];
            readonly case: {
                readonly counselOfRecord: boolean;
                readonly destinationCountry: string | null;
                readonly ruleSetId: string;
                /** @enum {string} */
                readonly state: "intake" | "designation_review" | "country_proposed" | "notice_served" | "fear_screening" | "cleared" | "manifested" | "relocated" | "monitoring" | "closed" | "on_hold";
            };
            readonly caseId: string;
            readonly countryAssessments: readonly {
                readonly citation: string;
                readonly controlling: boolean;
                readonly country: string;
                readonly date: string;
                /** @enum {string} */
                readonly finding: "unsafe" | "concerns" | "no_finding";
                readonly id: string;
                /** @enum {string} */
                readonly source: "court" | "unhcr" | "state_department" | "home_office" | "other";
            }[];
            readonly courtOrders: readonly {
                readonly activeFrom: string;
                readonly activeTo: string | null;
                readonly court: string;
                readonly docket: string;
                readonly id: string;
                /** @enum {string} */
                readonly kind: "stay" | "injunction" | "tro";
                readonly scope: {
                    /** @constant */
                    readonly kind: "person";
                    readonly personId: string;
                } | {
                    readonly country: string;
                    /** @constant */
                    readonly kind: "destination";
                } | {
                    /** @constant */
                    readonly kind: "program";
                    readonly programId: string;
                };
            }[];
            readonly designation: readonly {
                readonly country: string | null;
                readonly explanation: string;
                readonly failure: ("not_designated" | "not_applicable" | "declined_to_accept" | "no_timely_response" | "impracticable" | "inadvisable" | "impossible") | null;
                readonly recordedAt: string;
                /** @enum {string} */
                readonly result: "chosen" | "failed";
                /** @enum {string} */
                readonly step: "designated_by_person" | "nationality" | "admission" | "embarkation" | "prior_residence" | "birth" | "birthplace_sovereign_at_birth" | "birthplace_sovereign_now" | "will_accept";
            }[];
            readonly exigentCircumstances: {
                readonly attorneyAccess: boolean;
                readonly declaredAt: string;
                readonly declaredBy: string;
                readonly reason: string;
            } | null;
            /** @constant */
            readonly factsVersion: 1;
            readonly fearClaims: readonly {
                readonly claimedAt: string;
                readonly country: string;
                readonly decidedAt: string | null;
                readonly id: string;
                /** @enum {string} */
                readonly outcome: "pending" | "negative" | "positive" | "withdrawn";
                readonly reasonableFearInterview: {
                    readonly confidentialDocumentTransmission: boolean;
                    readonly counselPresent: boolean;
                    readonly interpreterLanguage: string | null;
                    readonly noticeGivenAt: string;
                    readonly phoneAccess: boolean;
                    readonly scheduledAt: string;
                } | null;
                readonly reopening: {
                    readonly decidedAt: string | null;
                    readonly filedAt: string;
                    /** @enum {string} */
                    readonly outcome: "pending" | "denied" | "granted";
                } | null;
            }[];
            readonly individualAssessments: readonly {
                readonly assessedBy: string;
                readonly bestInterestsOfChildAssessed: boolean | null;
                readonly completedAt: string;
                readonly country: string;
                readonly onwardRefoulementConsidered: boolean;
                /** @enum {string} */
                readonly outcome: "no_real_risk" | "real_risk";
                readonly specialNeedsIdentified: boolean;
                readonly unhcrEvidenceConsidered: boolean;
            }[];
            readonly monitoringPlan: {
                readonly monitor: string;
                readonly plannedAt: string;
                readonly welfareCheckDays: readonly number[];
            } | null;
            readonly notices: readonly {
                readonly country: string;
                readonly documentHash: string;
                readonly explainsHowToContest: boolean;
                readonly id: string;
                readonly interpreterLanguage: string | null;
                readonly language: string;
                /** @enum {string} */
                readonly method: "in_person" | "mail" | "electronic" | "via_counsel";
                readonly servedAt: string;
                readonly servedToCounsel: boolean;
                readonly servedToPerson: boolean;
            }[];
            readonly person: {
                readonly birthDate: string | null;
                readonly criminalRecord: boolean;
                readonly id: string;
                readonly languages: readonly string[];
                readonly nationalities: readonly string[];
                readonly vulnerabilities: readonly ("unaccompanied_minor" | "serious_medical" | "torture_survivor" | "pregnancy" | "disability" | "elderly" | "trafficking_victim" | "mental_health")[];
            };
            readonly programId: string | null;
            readonly protections: readonly {
                readonly country: string;
                readonly grantedAt: string;
                /** @enum {string} */
                readonly kind: "withholding" | "cat_withholding" | "cat_deferral" | "refugee_status" | "humanitarian_protection";
                readonly terminatedAt: string | null;
            }[];
            readonly receivingConsent: {
                readonly country: string;
                readonly decidedAt: string | null;
                /** @enum {string} */
                readonly status: "accepted" | "declined" | "pending";
            } | null;
            readonly removalOrder: {
                /** @enum {string} */
                readonly authority: "ina_240" | "expedited_removal" | "alien_enemies_act";
                readonly countriesNamed: readonly string[];
                readonly final: boolean;
                readonly finalAt: string | null;
                readonly issuedAt: string;
            } | null;
            readonly vulnerabilityReview: {
                readonly completedAt: string;
                /** @enum {string} */
                readonly outcome: "cleared" | "not_cleared";
                readonly reviewedBy: string;
            } | null;
        };
        readonly CaseInput: {
            readonly agency: string;
            readonly agreementId: string | null;
            readonly closedAt: string | null;
            readonly closeOutcome: ("relocated" | "protection_granted" | "removed_to_origin" | "released" | "withdrawn") | null;
            readonly counselId: string | null;
            readonly createdAt: string;
            readonly destinationCountry: string | null;
            readonly externalId: (string | null) | components["schemas"]["RedactedFieldInput"];
            readonly heldFromState: ("intake" | "designation_review" | "country_proposed" | "notice_served" | "fear_screening" | "cleared" | "manifested" | "relocated" | "monitoring" | "closed" | "on_hold") | null;
            readonly holdReason: string | null;
            /** Format: uuid */
            readonly id: string;
            readonly isDemo: boolean;
            readonly officerId: string | null;
            readonly openedAt: string;
            /** Format: uuid */
            readonly personId: string;
            readonly reference: string;
            readonly ruleSetId: string;
            /** @enum {string} */
            readonly state: "intake" | "designation_review" | "country_proposed" | "notice_served" | "fear_screening" | "cleared" | "manifested" | "relocated" | "monitoring" | "closed" | "on_hold";
            readonly teamIds: readonly string[];
            readonly updatedAt: string;
            readonly version: number;
        };
        readonly CasePage: {
            readonly items: readonly components["schemas"]["Case"][];
            readonly nextCursor: string | null;
        };
        readonly CasePageInput: {
            readonly items: readonly components["schemas"]["CaseInput"][];
            readonly nextCursor: string | null;
        };
        readonly CaseSafeguards: {
            readonly at: string;
            /** Format: uuid */
            readonly caseId: string;
            readonly earliestDepartureAt: string | null;
            readonly items: readonly {
                readonly finding: components["schemas"]["Finding"];
                /** @enum {string} */
                readonly jurisdiction: "US" | "UK" | "INTL" | "PROGRAM";
                /** @enum {string} */
                readonly safeguardId: "US-ORDER-FINAL" | "US-DESIGNATION-SEQUENCE" | "US-THIRD-COUNTRY-FLAG" | "US-PROTECTION-COUNTRY-SPECIFIC" | "US-ASSURANCES" | "US-NOTICE-ICE-2025" | "US-DVD-STRICT" | "US-AEA-NOTICE" | "US-STAY" | "UK-NON-REFOULEMENT" | "UK-COUNTRY-SAFETY" | "UK-DEEMED-SAFE" | "INTL-TRANSFER-STANDARDS" | "INTL-VULNERABLE" | "AGREEMENT-ACTIVE" | "AGREEMENT-CAPACITY" | "RECEIVING-CONSENT" | "MONITORING";
                readonly title: string;
                readonly transitionsGated: readonly ("begin_designation_review" | "propose_country" | "serve_notice" | "claim_fear" | "choose_another_destination" | "clear" | "manifest" | "remove_from_manifest" | "relocate" | "begin_monitoring" | "hold" | "release_hold" | "close")[];
            }[];
            readonly ruleSetId: string;
            readonly storedEarliestDepartureAt: string | null;
        };
        readonly CaseSafeguardsInput: {
            readonly at: string;
            /** Format: uuid */
            readonly caseId: string;
            readonly earliestDepartureAt: string | null;
            readonly items: readonly {
                readonly finding: components["schemas"]["FindingInput"];
                /** @enum {string} */
                readonly jurisdiction: "US" | "UK" | "INTL" | "PROGRAM";
                /** @enum {string} */
                readonly safeguardId: "US-ORDER-FINAL" | "US-DESIGNATION-SEQUENCE" | "US-THIRD-COUNTRY-FLAG" | "US-PROTECTION-COUNTRY-SPECIFIC" | "US-ASSURANCES" | "US-NOTICE-ICE-2025" | "US-DVD-STRICT" | "US-AEA-NOTICE" | "US-STAY" | "UK-NON-REFOULEMENT" | "UK-COUNTRY-SAFETY" | "UK-DEEMED-SAFE" | "INTL-TRANSFER-STANDARDS" | "INTL-VULNERABLE" | "AGREEMENT-ACTIVE" | "AGREEMENT-CAPACITY" | "RECEIVING-CONSENT" | "MONITORING";
                readonly title: string;
                readonly transitionsGated: readonly ("begin_designation_review" | "propose_country" | "serve_notice" | "claim_fear" | "choose_another_destination" | "clear" | "manifest" | "remove_from_manifest" | "relocate" | "begin_monitoring" | "hold" | "release_hold" | "close")[];
            }[];
            readonly ruleSetId: string;
            readonly storedEarliestDepartureAt: string | null;
        };
        readonly ChangeAgreementStatus: {
            /**
             * @description RFC 3339 full-date
             * @example 2025-04-04
             */
            readonly effectiveOn?: string;
            readonly reason: string;
            /** @enum {string} */
            readonly status: "proposed" | "negotiating" | "active" | "suspended" | "terminated";
        };
        readonly ChangeAgreementStatusInput: {
            /**
             * @description RFC 3339 full-date
             * @example 2025-04-04
             */
            readonly effectiveOn?: string;
            readonly reason: string;
            /** @enum {string} */
            readonly status: "proposed" | "negotiating" | "active" | "suspended" | "terminated";
        };
        readonly ChangeRuleSet: {
            readonly ruleSetId: string;
        };
        readonly ChangeRuleSetInput: {
            readonly ruleSetId: string;
        };
        readonly Citation: {
            readonly instrument: string;
            readonly note: string | null;
            readonly pinpoint: string;
            readonly url: string | null;
            readonly verified: boolean;
        };
        readonly CitationInput: {
            readonly instrument: string;
            readonly note: string | null;
            readonly pinpoint: string;
            readonly url: string | null;
            readonly verified: boolean;
        };
        readonly Country: {
            readonly code: string;
            readonly name: string;
        };
        readonly CountryAssessment: {
            readonly assessedOn: string;
            readonly citation: string;
            readonly controlling: boolean;
            readonly country: string;
            /** @enum {string} */
            readonly finding: "unsafe" | "concerns" | "no_finding";
            /** Format: uuid */
            readonly id: string;
            readonly recordedAt: string;
            readonly recordedBy: string;
            readonly scope: string;
            readonly source: string;
        };
        readonly CountryAssessmentInput: {
            readonly assessedOn: string;
            readonly citation: string;
            readonly controlling: boolean;
            readonly country: string;
            /** @enum {string} */
            readonly finding: "unsafe" | "concerns" | "no_finding";
            /** Format: uuid */
            readonly id: string;
            readonly recordedAt: string;
            readonly recordedBy: string;
            readonly scope: string;
            readonly source: string;
        };
        readonly CountryInput: {
            readonly code: string;
            readonly name: string;
        };
        readonly CourtOrderRecorded: {
            readonly courtOrder: {
                readonly activeFrom: string;
                readonly activeTo: string | null;
                readonly court: string;
                readonly docket: string;
                /** Format: uuid */
                readonly id: string;
                /** @enum {string} */
                readonly kind: "stay" | "injunction" | "tro";
                readonly recordedAt: string;
                readonly recordedBy: string;
                readonly scope: {
                    /** @constant */
                    readonly kind: "person";
                    readonly personId: string;
                } | {
                    readonly country: string;
                    /** @constant */
                    readonly kind: "destination";
                } | {
                    /** @constant */
                    readonly kind: "program";
                    readonly programId: string;
                };
                readonly supersedes: string | null;
            };
            readonly sweep: components["schemas"]["SweepReport"];
        };
        readonly CourtOrderRecordedInput: {
            readonly courtOrder: {
                readonly activeFrom: string;
                readonly activeTo: string | null;
                readonly court: string;
                readonly docket: string;
                /** Format: uuid */
                readonly id: string;
                /** @enum {string} */
                readonly kind: "stay" | "injunction" | "tro";
                readonly recordedAt: string;
                readonly recordedBy: string;
                readonly scope: {
                    /** @constant */
                    readonly kind: "person";
                    readonly personId: string;
                } | {
                    readonly country: string;
                    /** @constant */
                    readonly kind: "destination";
                } | {
                    /** @constant */
                    readonly kind: "program";
                    readonly programId: string;
                };
                readonly supersedes: string | null;
            };
            readonly sweep: components["schemas"]["SweepReportInput"];
        };
        readonly CreateAgreement: {
            readonly code: string;
            /** @default  */
            readonly confidence: string;
            /** @default null */
            readonly effectiveFrom: string | null;
            /** @default null */
            readonly effectiveTo: string | null;
            /**
             * @description ISO 3166-1 alpha-2 country code
             * @example RW
             */
            readonly receivingCountry: string;
            /**
             * @description ISO 3166-1 alpha-2 country code
             * @example RW
             */
            readonly sendingCountry: string;
            /** @default [] */
            readonly sources: readonly {
                readonly label: string;
                readonly url?: string;
            }[];
            /**
             * @default proposed
             * @enum {string}
             */
            readonly status: "proposed" | "negotiating" | "active" | "suspended" | "terminated";
            /** @default  */
            readonly summary: string;
            readonly terms?: components["schemas"]["AgreementTerms"];
            readonly title: string;
        };
        readonly CreateAgreementInput: {
            readonly code: string;
            /** @default  */
            readonly confidence: string;
            /** @default null */
            readonly effectiveFrom: string | null;
            /** @default null */
            readonly effectiveTo: string | null;
            /**
             * @description ISO 3166-1 alpha-2 country code
             * @example RW
             */
            readonly receivingCountry: string;
            /**
             * @description ISO 3166-1 alpha-2 country code
             * @example RW
             */
            readonly sendingCountry: string;
            /** @default [] */
            readonly sources: readonly {
                readonly label: string;
                readonly url?: string;
            }[];
            /**
             * @default proposed
             * @enum {string}
             */
            readonly status: "proposed" | "negotiating" | "active" | "suspended" | "terminated";
            /** @default  */
            readonly summary: string;
            readonly terms?: components["schemas"]["AgreementTermsInput"];
            readonly title: string;
        };
        /** @description A person facing removal. Fictional in demo data. */
        readonly CreatePerson: {
            /** @default [] */
            readonly aliases: readonly string[];
            /** @default null */
            readonly birthDate: string | null;
            /** @default null */
            readonly externalId: string | null;
            readonly familyName: string;
            readonly givenNames: string;
            /** @default [] */
            readonly languages: readonly string[];
            /** @default [] */
            readonly nationalities: readonly string[];
            /** @default [] */
            readonly vulnerabilities: readonly ("unaccompanied_minor" | "serious_medical" | "torture_survivor" | "pregnancy" | "disability" | "elderly" | "trafficking_victim" | "mental_health")[];
        };
        /** @description A person facing removal. Fictional in demo data. */
        readonly CreatePersonInput: {
            /** @default [] */
            readonly aliases: readonly string[];
            /** @default null */
            readonly birthDate: string | null;
            /** @default null */
            readonly externalId: string | null;
            readonly familyName: string;
            readonly givenNames: string;
            /** @default [] */
            readonly languages: readonly string[];
            /** @default [] */
            readonly nationalities: readonly string[];
            /** @default [] */
            readonly vulnerabilities: readonly ("unaccompanied_minor" | "serious_medical" | "torture_survivor" | "pregnancy" | "disability" | "elderly" | "trafficking_victim" | "mental_health")[];
        };
        readonly CreateTransfer: {
            /** Format: uuid */
            readonly agreementId: string;
            /** @default  */
            readonly carrier: string;
            /** @default 0 */
            readonly escortCount: number;
            /**
             * @description Receiving facility
             * @default
             */
            readonly facility: string;
            /**
             * @description Flight number or route
             * @default
             */
            readonly flight: string;
            readonly reference: string;
            /**
             * @description RFC 3339 date-time; stored in UTC
             * @example 2025-04-04T12:00:00Z
             */
            readonly scheduledDeparture: string;
        };
        readonly CreateTransferInput: {
            /** Format: uuid */
            readonly agreementId: string;
            /** @default  */
            readonly carrier: string;
            /** @default 0 */
            readonly escortCount: number;
            /**
             * @description Receiving facility
             * @default
             */
            readonly facility: string;
            /**
             * @description Flight number or route
             * @default
             */
            readonly flight: string;
            readonly reference: string;
            /**
             * @description RFC 3339 date-time; stored in UTC
             * @example 2025-04-04T12:00:00Z
             */
            readonly scheduledDeparture: string;
        };
        readonly CreateUser: {
            /** @default  */
            readonly agency: string;
            /**
             * @default UNCLASSIFIED
             * @enum {string}
             */
            readonly clearance: "UNCLASSIFIED" | "SBU" | "CONFIDENTIAL" | "SECRET";
            /** @default null */
            readonly country: string | null;
            readonly displayName?: string;
            /** @default [] */
            readonly distribution: readonly string[];
            readonly password: string;
            readonly roles: readonly ("program_officer" | "supervisor" | "diplomatic_officer" | "legal_reviewer" | "counsel" | "receiving_liaison" | "oversight" | "admin")[];
            readonly username: string;
        };
        readonly CreateUserInput: {
            /** @default  */
            readonly agency: string;
            /**
             * @default UNCLASSIFIED
             * @enum {string}
             */
            readonly clearance: "UNCLASSIFIED" | "SBU" | "CONFIDENTIAL" | "SECRET";
            /** @default null */
            readonly country: string | null;
            readonly displayName?: string;
            /** @default [] */
            readonly distribution: readonly string[];
            readonly password: string;
            readonly roles: readonly ("program_officer" | "supervisor" | "diplomatic_officer" | "legal_reviewer" | "counsel" | "receiving_liaison" | "oversight" | "admin")[];
            readonly username: string;
        };
        readonly Decision: {
            readonly actor: string;
            /** Format: uuid */
            readonly caseId: string;
            readonly createdAt: string;
            readonly evaluatedAt: string;
            /** @enum {string} */
            readonly evaluatedTransition: "begin_designation_review" | "propose_country" | "serve_notice" | "claim_fear" | "choose_another_destination" | "clear" | "manifest" | "remove_from_manifest" | "relocate" | "begin_monitoring" | "hold" | "release_hold" | "close";
            readonly facts: {
                readonly [key: string]: unknown;
            };
            readonly factsHash: string;
            readonly findings: readonly components["schemas"]["Finding"][];
            /** Format: uuid */
            readonly id: string;
            /** @enum {string} */
            readonly outcome: "allowed" | "blocked";
            readonly ruleSetHash: string;
            readonly ruleSetId: string;
            /** @enum {string} */
            readonly transition: "begin_designation_review" | "propose_country" | "serve_notice" | "claim_fear" | "choose_another_destination" | "clear" | "manifest" | "remove_from_manifest" | "relocate" | "begin_monitoring" | "hold" | "release_hold" | "close";
        };
        readonly DecisionInput: {
            readonly actor: string;
            /** Format: uuid */
            readonly caseId: string;
            readonly createdAt: string;
            readonly evaluatedAt: string;
            /** @enum {string} */
            readonly evaluatedTransition: "begin_designation_review" | "propose_country" | "serve_notice" | "claim_fear" | "choose_another_destination" | "clear" | "manifest" | "remove_from_manifest" | "relocate" | "begin_monitoring" | "hold" | "release_hold" | "close";
            readonly facts: {
                readonly [key: string]: unknown;
            };
            readonly factsHash: string;
            readonly findings: readonly components["schemas"]["FindingInput"][];
            /** Format: uuid */
            readonly id: string;
            /** @enum {string} */
            readonly outcome: "allowed" | "blocked";
            readonly ruleSetHash: string;
            readonly ruleSetId: string;
            /** @enum {string} */
            readonly transition: "begin_designation_review" | "propose_country" | "serve_notice" | "claim_fear" | "choose_another_destination" | "clear" | "manifest" | "remove_from_manifest" | "relocate" | "begin_monitoring" | "hold" | "release_hold" | "close";
        };
        readonly DepartTransfer: {
            /** @description How many hours before the scheduled departure the gate opens (default 6) */
            readonly earlyWindowHours?: number;
        };
        readonly DepartTransferInput: {
            /** @description How many hours before the scheduled departure the gate opens (default 6) */
            readonly earlyWindowHours?: number;
        };
        readonly Departure: {
            readonly departingCaseIds: readonly string[];
            readonly removals: readonly {
                readonly blockedBy: readonly string[];
                readonly caseId: string;
                readonly decisionId: string;
                readonly reason: string;
                readonly removedAt: string;
            }[];
            readonly transfer: components["schemas"]["Transfer"];
        };
        readonly DepartureInput: {
            readonly departingCaseIds: readonly string[];
            readonly removals: readonly {
                readonly blockedBy: readonly string[];
                readonly caseId: string;
                readonly decisionId: string;
                readonly reason: string;
                readonly removedAt: string;
            }[];
            readonly transfer: components["schemas"]["TransferInput"];
        };
        readonly Disbursement: {
            /** Format: uuid */
            readonly agreementId: string;
            readonly amount: components["schemas"]["MoneyView"];
            /** Format: uuid */
            readonly id: string;
            readonly paidOn: string;
            readonly recordedAt: string;
            readonly recordedBy: string;
            readonly reference: string;
        };
        readonly DisbursementInput: {
            /** Format: uuid */
            readonly agreementId: string;
            readonly amount: components["schemas"]["MoneyViewInput"];
            /** Format: uuid */
            readonly id: string;
            readonly paidOn: string;
            readonly recordedAt: string;
            readonly recordedBy: string;
            readonly reference: string;
        };
        readonly DocumentAttachment: {
            readonly contentType: string;
            readonly createdAt: string;
            readonly filename: string;
            readonly id: string;
            readonly sha256: string;
            readonly sizeBytes: number;
        };
        readonly DocumentAttachmentInput: {
            readonly contentType: string;
            readonly createdAt: string;
            readonly filename: string;
            readonly id: string;
            readonly sha256: string;
            readonly sizeBytes: number;
        };
        readonly DocumentSearchResult: {
            readonly items: readonly {
                readonly documentDate: string | null;
                readonly documentId: string;
                /** @enum {string} */
                readonly kind: "cable" | "court_order" | "notice" | "assurance" | "country_report" | "after_action_report" | "other";
                /** @enum {string} */
                readonly paragraphClassification: "UNCLASSIFIED" | "SBU" | "CONFIDENTIAL" | "SECRET";
                readonly paragraphNumber: number;
                readonly rank: number;
                /** @description Escaped HTML with matches in <mark> */
                readonly snippet: string;
                readonly title: string;
            }[];
        };
        readonly DocumentSearchResultInput: {
            readonly items: readonly {
                readonly documentDate: string | null;
                readonly documentId: string;
                /** @enum {string} */
                readonly kind: "cable" | "court_order" | "notice" | "assurance" | "country_report" | "after_action_report" | "other";
                /** @enum {string} */
                readonly paragraphClassification: "UNCLASSIFIED" | "SBU" | "CONFIDENTIAL" | "SECRET";
                readonly paragraphNumber: number;
                readonly rank: number;
                /** @description Escaped HTML with matches in <mark> */
                readonly snippet: string;
                readonly title: string;
            }[];
        };
        readonly DocumentView: {
            readonly abilities: readonly string[];
            readonly attachmentReadable: boolean;
            readonly attachments: readonly components["schemas"]["DocumentAttachment"][];
            readonly caveats: readonly ("NOFORN" | "NODIS" | "EXDIS" | "SIPDIS")[];
            /**
             * @description Overall level: the highest portion (the declared level for documents without portions)
             * @enum {string}
             */
            readonly classification: "UNCLASSIFIED" | "SBU" | "CONFIDENTIAL" | "SECRET";
            readonly countryTags: readonly string[];
            /** @enum {string} */
            readonly declaredClassification: "UNCLASSIFIED" | "SBU" | "CONFIDENTIAL" | "SECRET";
            readonly distribution: readonly string[];
            readonly documentDate: string | null;
            readonly header: {
                readonly [key: string]: unknown;
            } | null;
            readonly id: string;
            /** @enum {string} */
            readonly kind: "cable" | "court_order" | "notice" | "assurance" | "country_report" | "after_action_report" | "other";
            readonly links: {
                readonly agreementIds: readonly string[];
                readonly caseIds: readonly string[];
                readonly countries: readonly string[];
                readonly transferIds: readonly string[];
            };
            readonly originator: string;
            readonly paragraphs: readonly {
                readonly number: number;
                readonly portion: {
                    readonly caveats: readonly ("NOFORN" | "NODIS" | "EXDIS" | "SIPDIS")[];
                    /** @enum {string} */
                    readonly classification: "UNCLASSIFIED" | "SBU" | "CONFIDENTIAL" | "SECRET";
                };
                readonly text: string;
                readonly visible: boolean;
            }[];
            readonly releasableTo: readonly string[];
            readonly subjectTags: readonly string[];
            /** @description Visible paragraphs as "N. (MARK) text", withheld ones as "[paragraph N withheld: LEVEL]" */
            readonly text: string;
            readonly title: string;
            readonly version: number;
            readonly withheldNumbers: readonly number[];
        };
        readonly DocumentViewInput: {
            readonly abilities: readonly string[];
            readonly attachmentReadable: boolean;
            readonly attachments: readonly components["schemas"]["DocumentAttachmentInput"][];
            readonly caveats: readonly ("NOFORN" | "NODIS" | "EXDIS" | "SIPDIS")[];
            /**
             * @description Overall level: the highest portion (the declared level for documents without portions)
             * @enum {string}
             */
            readonly classification: "UNCLASSIFIED" | "SBU" | "CONFIDENTIAL" | "SECRET";
            readonly countryTags: readonly string[];
            /** @enum {string} */
            readonly declaredClassification: "UNCLASSIFIED" | "SBU" | "CONFIDENTIAL" | "SECRET";
            readonly distribution: readonly string[];
            readonly documentDate: string | null;
            readonly header: {
                readonly [key: string]: unknown;
            } | null;
            readonly id: string;
            /** @enum {string} */
            readonly kind: "cable" | "court_order" | "notice" | "assurance" | "country_report" | "after_action_report" | "other";
            readonly links: {
                readonly agreementIds: readonly string[];
                readonly caseIds: readonly string[];
                readonly countries: readonly string[];
                readonly transferIds: readonly string[];
            };
            readonly originator: string;
            readonly paragraphs: readonly {
                readonly number: number;
                readonly portion: {
                    readonly caveats: readonly ("NOFORN" | "NODIS" | "EXDIS" | "SIPDIS")[];
                    /** @enum {string} */
                    readonly classification: "UNCLASSIFIED" | "SBU" | "CONFIDENTIAL" | "SECRET";
                };
                readonly text: string;
                readonly visible: boolean;
            }[];
            readonly releasableTo: readonly string[];
            readonly subjectTags: readonly string[];
            /** @description Visible paragraphs as "N. (MARK) text", withheld ones as "[paragraph N withheld: LEVEL]" */
            readonly text: string;
            readonly title: string;
            readonly version: number;
            readonly withheldNumbers: readonly number[];
        };
        /** @description Crypto-shreds a person: their data key is destroyed, their personal fields can never be read again. */
        readonly ErasePerson: {
            /**
             * @description The legal ground, as a code
             * @enum {string}
             */
            readonly legalBasis: "gdpr-art17" | "retention-expired" | "court-order";
        };
        /** @description Crypto-shreds a person: their data key is destroyed, their personal fields can never be read again. */
        readonly ErasePersonInput: {
            /**
             * @description The legal ground, as a code
             * @enum {string}
             */
            readonly legalBasis: "gdpr-art17" | "retention-expired" | "court-order";
        };
        /** @description The one error shape of the API; `code` is stable, `message` is safe to show. */
        readonly Error: {
            readonly error: {
                /** @enum {string} */
                readonly code: "validation_failed" | "malformed_json" | "body_too_large" | "unsupported_media_type" | "not_found" | "route_not_found" | "precondition_required" | "precondition_failed" | "conflict" | "duplicate" | "unknown_country" | "unknown_language" | "unknown_currency" | "invalid_money" | "invalid_time" | "transition_not_allowed" | "safeguard_blocked" | "contradictory_facts" | "unknown_rule_set" | "hold_cause_not_cleared" | "parameter_out_of_range" | "threshold_too_low" | "capacity_exhausted" | "agreement_not_active" | "amendment_predates_agreement" | "capacity_below_commitments" | "currency_mismatch" | "unauthenticated" | "forbidden" | "csrf_failed" | "rate_limited" | "separation_of_duties" | "policy_invalid" | "database_unavailable" | "data_dir_locked" | "data_dir_unwritable" | "migration_failed" | "cable_malformed" | "unknown_caveat" | "classification_contradiction" | "caveat_conflict" | "notice_language_unavailable" | "attachment_too_large" | "attachment_type_not_allowed" | "signing_key_invalid" | "audit_log_inconsistent" | "person_erased" | "person_in_transfer" | "person_has_open_cases" | "witness_state_invalid" | "transfer_step_not_allowed" | "manifest_case_ineligible" | "manifest_empty" | "manifest_not_ready" | "departure_window_not_open" | "not_on_manifest" | "manifest_signing_unavailable" | "import_encoding_invalid" | "import_header_invalid" | "import_too_large" | "restore_target_not_empty" | "backup_invalid" | "report_period_invalid" | "disclosure_check_failed" | "internal";
                readonly details: {
                    readonly [key: string]: unknown;
                };
                readonly message: string;
            };
        };
        /** @description The one error shape of the API; `code` is stable, `message` is safe to show. */
        readonly ErrorInput: {
            readonly error: {
                /** @enum {string} */
                readonly code: "validation_failed" | "malformed_json" | "body_too_large" | "unsupported_media_type" | "not_found" | "route_not_found" | "precondition_required" | "precondition_failed" | "conflict" | "duplicate" | "unknown_country" | "unknown_language" | "unknown_currency" | "invalid_money" | "invalid_time" | "transition_not_allowed" | "safeguard_blocked" | "contradictory_facts" | "unknown_rule_set" | "hold_cause_not_cleared" | "parameter_out_of_range" | "threshold_too_low" | "capacity_exhausted" | "agreement_not_active" | "amendment_predates_agreement" | "capacity_below_commitments" | "currency_mismatch" | "unauthenticated" | "forbidden" | "csrf_failed" | "rate_limited" | "separation_of_duties" | "policy_invalid" | "database_unavailable" | "data_dir_locked" | "data_dir_unwritable" | "migration_failed" | "cable_malformed" | "unknown_caveat" | "classification_contradiction" | "caveat_conflict" | "notice_language_unavailable" | "attachment_too_large" | "attachment_type_not_allowed" | "signing_key_invalid" | "audit_log_inconsistent" | "person_erased" | "person_in_transfer" | "person_has_open_cases" | "witness_state_invalid" | "transfer_step_not_allowed" | "manifest_case_ineligible" | "manifest_empty" | "manifest_not_ready" | "departure_window_not_open" | "not_on_manifest" | "manifest_signing_unavailable" | "import_encoding_invalid" | "import_header_invalid" | "import_too_large" | "restore_target_not_empty" | "backup_invalid" | "report_period_invalid" | "disclosure_check_failed" | "internal";
                readonly details: {
                    readonly [key: string]: unknown;
                };
                readonly message: string;
            };
        };
        readonly Finding: {
            readonly citations: readonly components["schemas"]["Citation"][];
            readonly earliestPassAt: string | null;
            readonly inForce: boolean;
            /** @enum {string} */
            readonly outcome: "pass" | "block" | "pending";
            readonly parameters: {
                readonly [key: string]: number;
            };
            readonly reason: string;
            /** @enum {string} */
            readonly safeguardId: "US-ORDER-FINAL" | "US-DESIGNATION-SEQUENCE" | "US-THIRD-COUNTRY-FLAG" | "US-PROTECTION-COUNTRY-SPECIFIC" | "US-ASSURANCES" | "US-NOTICE-ICE-2025" | "US-DVD-STRICT" | "US-AEA-NOTICE" | "US-STAY" | "UK-NON-REFOULEMENT" | "UK-COUNTRY-SAFETY" | "UK-DEEMED-SAFE" | "INTL-TRANSFER-STANDARDS" | "INTL-VULNERABLE" | "AGREEMENT-ACTIVE" | "AGREEMENT-CAPACITY" | "RECEIVING-CONSENT" | "MONITORING";
            readonly title: string;
        };
        readonly FindingInput: {
            readonly citations: readonly components["schemas"]["CitationInput"][];
            readonly earliestPassAt: string | null;
            readonly inForce: boolean;
            /** @enum {string} */
            readonly outcome: "pass" | "block" | "pending";
            readonly parameters: {
                readonly [key: string]: number;
            };
            readonly reason: string;
            /** @enum {string} */
            readonly safeguardId: "US-ORDER-FINAL" | "US-DESIGNATION-SEQUENCE" | "US-THIRD-COUNTRY-FLAG" | "US-PROTECTION-COUNTRY-SPECIFIC" | "US-ASSURANCES" | "US-NOTICE-ICE-2025" | "US-DVD-STRICT" | "US-AEA-NOTICE" | "US-STAY" | "UK-NON-REFOULEMENT" | "UK-COUNTRY-SAFETY" | "UK-DEEMED-SAFE" | "INTL-TRANSFER-STANDARDS" | "INTL-VULNERABLE" | "AGREEMENT-ACTIVE" | "AGREEMENT-CAPACITY" | "RECEIVING-CONSENT" | "MONITORING";
            readonly title: string;
        };
        readonly ImportCable: {
            /**
             * @description Named distribution for NODIS/EXDIS: list names or user:<id>
             * @default []
             */
            readonly distribution: readonly string[];
            readonly filename?: string;
            /**
             * @default {
             *       "caseIds": [],
             *       "agreementIds": [],
             *       "transferIds": [],
             *       "countries": []
             *     }
             */
            readonly links: {
                /** @default [] */
                readonly agreementIds: readonly string[];
                /** @default [] */
                readonly caseIds: readonly string[];
                /** @default [] */
                readonly countries: readonly string[];
                /** @default [] */
                readonly transferIds: readonly string[];
            };
            /**
             * @description Receiving states the document is released to
             * @default []
             */
            readonly releasableTo: readonly string[];
            /** @description The telegram as plain text (format: SAFEGUARDS.md, "Cable format") */
            readonly text: string;
        };
        readonly ImportCableInput: {
            /**
             * @description Named distribution for NODIS/EXDIS: list names or user:<id>
             * @default []
             */
            readonly distribution: readonly string[];
            readonly filename?: string;
            /**
             * @default {
             *       "caseIds": [],
             *       "agreementIds": [],
             *       "transferIds": [],
             *       "countries": []
             *     }
             */
            readonly links: {
                /** @default [] */
                readonly agreementIds: readonly string[];
                /** @default [] */
                readonly caseIds: readonly string[];
                /** @default [] */
                readonly countries: readonly string[];
                /** @default [] */
                readonly transferIds: readonly string[];
            };
            /**
             * @description Receiving states the document is released to
             * @default []
             */
            readonly releasableTo: readonly string[];
            /** @description The telegram as plain text (format: SAFEGUARDS.md, "Cable format") */
            readonly text: string;
        };
        readonly ImportResult: {
            readonly bytesRead: number;
            readonly fileSha256: string;
            readonly imported: number;
            /** @enum {string} */
            readonly mode: "all-or-nothing" | "valid-rows";
            readonly problems: readonly {
                readonly column: string;
                readonly line: number;
                readonly message: string;
                /** @enum {string} */
                readonly reason: "malformed_line" | "missing_value" | "unknown_column" | "invalid_text" | "invalid_date" | "unknown_country" | "unknown_language" | "invalid_vulnerability" | "unknown_agreement" | "unknown_user" | "unknown_rule_set" | "duplicate_person" | "duplicate_external_id" | "person_erased";
            }[];
            readonly problemsTruncated: boolean;
            readonly rejected: number;
            readonly rowsRead: number;
            /** Format: uuid */
            readonly runId: string;
            /** @description Rows an earlier run of the same rows already imported */
            readonly skipped: number;
            /** @enum {string} */
            readonly status: "completed" | "rolled_back";
        };
        readonly ImportResultInput: {
            readonly bytesRead: number;
            readonly fileSha256: string;
            readonly imported: number;
            /** @enum {string} */
            readonly mode: "all-or-nothing" | "valid-rows";
            readonly problems: readonly {
                readonly column: string;
                readonly line: number;
                readonly message: string;
                /** @enum {string} */
                readonly reason: "malformed_line" | "missing_value" | "unknown_column" | "invalid_text" | "invalid_date" | "unknown_country" | "unknown_language" | "invalid_vulnerability" | "unknown_agreement" | "unknown_user" | "unknown_rule_set" | "duplicate_person" | "duplicate_external_id" | "person_erased";
            }[];
            readonly problemsTruncated: boolean;
            readonly rejected: number;
            readonly rowsRead: number;
            /** Format: uuid */
            readonly runId: string;
            /** @description Rows an earlier run of the same rows already imported */
            readonly skipped: number;
            /** @enum {string} */
            readonly status: "completed" | "rolled_back";
        };
        readonly IssuedToken: {
            /** Format: uuid */
            readonly id: string;
            readonly token: string;
            readonly username: string;
        };
        readonly IssuedTokenInput: {
            /** Format: uuid */
            readonly id: string;
            readonly token: string;
            readonly username: string;
        };
        readonly LockedManifest: {
            readonly keyId: string;
            readonly signature: string;
            readonly snapshot: {
                readonly [key: string]: unknown;
            };
            readonly snapshotHash: string;
            readonly transfer: components["schemas"]["Transfer"];
        };
        readonly LockedManifestInput: {
            readonly keyId: string;
            readonly signature: string;
            readonly snapshot: {
                readonly [key: string]: unknown;
            };
            readonly snapshotHash: string;
            readonly transfer: components["schemas"]["TransferInput"];
        };
        readonly ManifestCases: {
            readonly caseIds: readonly string[];
        };
        readonly ManifestCasesInput: {
            readonly caseIds: readonly string[];
        };
        readonly ManifestChange: {
            readonly caseIds: readonly string[];
            readonly transfer: components["schemas"]["Transfer"];
        };
        readonly ManifestChangeInput: {
            readonly caseIds: readonly string[];
            readonly transfer: components["schemas"]["TransferInput"];
        };
        readonly ManifestVerification: {
            readonly caseCount: number;
            readonly decisionsReplayed: number;
            readonly hashMatches: boolean;
            readonly keyMatches: boolean;
            readonly problems: readonly string[];
            readonly signatureValid: boolean;
            readonly transferId: string;
            readonly valid: boolean;
        };
        readonly ManifestVerificationInput: {
            readonly caseCount: number;
            readonly decisionsReplayed: number;
            readonly hashMatches: boolean;
            readonly keyMatches: boolean;
            readonly problems: readonly string[];
            readonly signatureValid: boolean;
            readonly transferId: string;
            readonly valid: boolean;
        };
        readonly MoneyInput: {
            /**
             * @description Amount in integer minor units (cents for USD); never a float
             * @example 10000000
             */
            readonly amountMinor: number;
            /**
             * @description ISO 4217 currency code
             * @example USD
             */
            readonly currency: string;
        };
        readonly MoneyInputInput: {
            /**
             * @description Amount in integer minor units (cents for USD); never a float
             * @example 10000000
             */
            readonly amountMinor: number;
            /**
             * @description ISO 4217 currency code
             * @example USD
             */
            readonly currency: string;
        };
        /** @description Integer minor units with ISO 4217 code; `formatted` is for display only */
        readonly MoneyView: {
            readonly amountMinor: number;
            readonly currency: string;
            readonly formatted: string;
        };
        /** @description Integer minor units with ISO 4217 code; `formatted` is for display only */
        readonly MoneyViewInput: {
            readonly amountMinor: number;
            readonly currency: string;
            readonly formatted: string;
        };
        /** @description Opens a case at intake for an existing person. */
        readonly OpenCase: {
            /**
             * @description Owning agency; for signed-in users always their own agency
             * @default
             */
            readonly agency: string;
            /** @default null */
            readonly agreementId: string | null;
            /** @default null */
            readonly counselId: string | null;
            /** @default null */
            readonly destinationCountry: string | null;
            /** @default null */
            readonly externalId: string | null;
            /** @default null */
            readonly officerId: string | null;
            /**
             * Format: uuid
             * @description UUID
             * @example 00000000-0000-4000-8000-000000000000
             */
            readonly personId: string;
            /** @default us-dvd-strict+unhcr-transfer-2013 */
            readonly ruleSetId: string;
        };
        /** @description Opens a case at intake for an existing person. */
        readonly OpenCaseInput: {
            /**
             * @description Owning agency; for signed-in users always their own agency
             * @default
             */
            readonly agency: string;
            /** @default null */
            readonly agreementId: string | null;
            /** @default null */
            readonly counselId: string | null;
            /** @default null */
            readonly destinationCountry: string | null;
            /** @default null */
            readonly externalId: string | null;
            /** @default null */
            readonly officerId: string | null;
            /**
             * Format: uuid
             * @description UUID
             * @example 00000000-0000-4000-8000-000000000000
             */
            readonly personId: string;
            /** @default us-dvd-strict+unhcr-transfer-2013 */
            readonly ruleSetId: string;
        };
        readonly OverdueWelfareChecks: {
            readonly items: readonly components["schemas"]["WelfareCheck"][];
        };
        readonly OverdueWelfareChecksInput: {
            readonly items: readonly components["schemas"]["WelfareCheckInput"][];
        };
        readonly PaymentObligation: {
            /** Format: uuid */
            readonly agreementId: string;
            readonly amount: components["schemas"]["MoneyView"];
            readonly caseId: string | null;
            readonly dueOn: string;
            /** Format: uuid */
            readonly id: string;
            /** @enum {string} */
            readonly kind: "per_person" | "lump_sum";
            readonly label: string;
            readonly recordedAt: string;
            readonly recordedBy: string;
            readonly termsVersion: number | null;
        };
        readonly PaymentObligationInput: {
            /** Format: uuid */
            readonly agreementId: string;
            readonly amount: components["schemas"]["MoneyViewInput"];
            readonly caseId: string | null;
            readonly dueOn: string;
            /** Format: uuid */
            readonly id: string;
            /** @enum {string} */
            readonly kind: "per_person" | "lump_sum";
            readonly label: string;
            readonly recordedAt: string;
            readonly recordedBy: string;
            readonly termsVersion: number | null;
        };
        readonly Person: {
            readonly aliases: readonly string[] | components["schemas"]["RedactedField"];
            readonly birthDate: (string | null) | components["schemas"]["RedactedField"];
            readonly createdAt: string;
            /** @description The person was erased by law (their data key destroyed): every sealed field reads `{ redacted: true, group: "erased" }` */
            readonly erased: boolean;
            readonly externalId: (string | null) | components["schemas"]["RedactedField"];
            readonly familyName: string | components["schemas"]["RedactedField"];
            readonly givenNames: string | components["schemas"]["RedactedField"];
            /** Format: uuid */
            readonly id: string;
            readonly isDemo: boolean;
            readonly languages: readonly string[] | components["schemas"]["RedactedField"];
            readonly nationalities: readonly string[] | components["schemas"]["RedactedField"];
            readonly updatedAt: string;
            readonly version: number;
            readonly vulnerabilities: readonly ("unaccompanied_minor" | "serious_medical" | "torture_survivor" | "pregnancy" | "disability" | "elderly" | "trafficking_victim" | "mental_health")[] | components["schemas"]["RedactedField"];
        };
        readonly PersonDetail: {
            /** @description Actions the caller may take on this record now */
            readonly abilities: readonly string[];
            readonly aliases: readonly string[] | components["schemas"]["RedactedField"];
            readonly birthDate: (string | null) | components["schemas"]["RedactedField"];
            readonly createdAt: string;
            /** @description The person was erased by law (their data key destroyed): every sealed field reads `{ redacted: true, group: "erased" }` */
            readonly erased: boolean;
            readonly externalId: (string | null) | components["schemas"]["RedactedField"];
            readonly familyName: string | components["schemas"]["RedactedField"];
            /** @description Field groups shown to the caller; others are redacted */
            readonly fieldGroups: readonly string[];
            readonly givenNames: string | components["schemas"]["RedactedField"];
            /** Format: uuid */
            readonly id: string;
            readonly isDemo: boolean;
            readonly languages: readonly string[] | components["schemas"]["RedactedField"];
            readonly nationalities: readonly string[] | components["schemas"]["RedactedField"];
            readonly updatedAt: string;
            readonly version: number;
            readonly vulnerabilities: readonly ("unaccompanied_minor" | "serious_medical" | "torture_survivor" | "pregnancy" | "disability" | "elderly" | "trafficking_victim" | "mental_health")[] | components["schemas"]["RedactedField"];
        };
        readonly PersonDetailInput: {
            /** @description Actions the caller may take on this record now */
            readonly abilities: readonly string[];
            readonly aliases: readonly string[] | components["schemas"]["RedactedFieldInput"];
            readonly birthDate: (string | null) | components["schemas"]["RedactedFieldInput"];
            readonly createdAt: string;
            /** @description The person was erased by law (their data key destroyed): every sealed field reads `{ redacted: true, group: "erased" }` */
            readonly erased: boolean;
            readonly externalId: (string | null) | components["schemas"]["RedactedFieldInput"];
            readonly familyName: string | components["schemas"]["RedactedFieldInput"];
            /** @description Field groups shown to the caller; others are redacted */
            readonly fieldGroups: readonly string[];
            readonly givenNames: string | components["schemas"]["RedactedFieldInput"];
            /** Format: uuid */
            readonly id: string;
            readonly isDemo: boolean;
            readonly languages: readonly string[] | components["schemas"]["RedactedFieldInput"];
            readonly nationalities: readonly string[] | components["schemas"]["RedactedFieldInput"];
            readonly updatedAt: string;
            readonly version: number;
            readonly vulnerabilities: readonly ("unaccompanied_minor" | "serious_medical" | "torture_survivor" | "pregnancy" | "disability" | "elderly" | "trafficking_victim" | "mental_health")[] | components["schemas"]["RedactedFieldInput"];
        };
        readonly PersonInput: {
            readonly aliases: readonly string[] | components["schemas"]["RedactedFieldInput"];
            readonly birthDate: (string | null) | components["schemas"]["RedactedFieldInput"];
            readonly createdAt: string;
            /** @description The person was erased by law (their data key destroyed): every sealed field reads `{ redacted: true, group: "erased" }` */
            readonly erased: boolean;
            readonly externalId: (string | null) | components["schemas"]["RedactedFieldInput"];
            readonly familyName: string | components["schemas"]["RedactedFieldInput"];
            readonly givenNames: string | components["schemas"]["RedactedFieldInput"];
            /** Format: uuid */
            readonly id: string;
            readonly isDemo: boolean;
            readonly languages: readonly string[] | components["schemas"]["RedactedFieldInput"];
            readonly nationalities: readonly string[] | components["schemas"]["RedactedFieldInput"];
            readonly updatedAt: string;
            readonly version: number;
            readonly vulnerabilities: readonly ("unaccompanied_minor" | "serious_medical" | "torture_survivor" | "pregnancy" | "disability" | "elderly" | "trafficking_victim" | "mental_health")[] | components["schemas"]["RedactedFieldInput"];
        };
        readonly PersonPage: {
            readonly items: readonly components["schemas"]["Person"][];
            readonly nextCursor: string | null;
        };
        readonly PersonPageInput: {
            readonly items: readonly components["schemas"]["PersonInput"][];
            readonly nextCursor: string | null;
        };
        readonly PostScheduledLumpSums: {
            /**
             * @description RFC 3339 full-date
             * @example 2025-04-04
             */
            readonly asOf: string;
        };
        readonly PostScheduledLumpSumsInput: {
            /**
             * @description RFC 3339 full-date
             * @example 2025-04-04
             */
            readonly asOf: string;
        };
        readonly ProgramStatistics: {
            readonly generatedAt: string;
            /** @enum {string} */
            readonly grouping: "month" | "quarter";
            /** @constant */
            readonly kind: "program";
            readonly period: {
                readonly from: string;
                readonly to: string;
            };
            readonly tables: readonly components["schemas"]["ReportTable"][];
        };
        readonly ProgramStatisticsInput: {
            readonly generatedAt: string;
            /** @enum {string} */
            readonly grouping: "month" | "quarter";
            /** @constant */
            readonly kind: "program";
            readonly period: {
                readonly from: string;
                readonly to: string;
            };
            readonly tables: readonly components["schemas"]["ReportTableInput"][];
        };
        readonly Reconciliation: {
            readonly currency: string;
            readonly disbursed: components["schemas"]["MoneyView"];
            readonly months: readonly {
                readonly disbursed: components["schemas"]["MoneyView"];
                readonly month: string;
                readonly obligated: components["schemas"]["MoneyView"];
                readonly outstandingAtEnd: components["schemas"]["MoneyView"];
            }[];
            readonly obligated: components["schemas"]["MoneyView"];
            readonly outstanding: components["schemas"]["MoneyView"];
        };
        readonly ReconciliationInput: {
            readonly currency: string;
            readonly disbursed: components["schemas"]["MoneyViewInput"];
            readonly months: readonly {
                readonly disbursed: components["schemas"]["MoneyViewInput"];
                readonly month: string;
                readonly obligated: components["schemas"]["MoneyViewInput"];
                readonly outstandingAtEnd: components["schemas"]["MoneyViewInput"];
            }[];
            readonly obligated: components["schemas"]["MoneyViewInput"];
            readonly outstanding: components["schemas"]["MoneyViewInput"];
        };
        readonly RecordAfterActionReview: {
            /** @default [] */
            readonly deviations: readonly string[];
            /** @default [] */
            readonly documentIds: readonly string[];
            /** @default [] */
            readonly findings: readonly string[];
            /** @default [] */
            readonly followUps: readonly {
                readonly action: string;
                /** @default null */
                readonly due: string | null;
                readonly owner: string;
            }[];
            readonly summary: string;
        };
        readonly RecordAfterActionReviewInput: {
            /** @default [] */
            readonly deviations: readonly string[];
            /** @default [] */
            readonly documentIds: readonly string[];
            /** @default [] */
            readonly findings: readonly string[];
            /** @default [] */
            readonly followUps: readonly {
                readonly action: string;
                /** @default null */
                readonly due: string | null;
                readonly owner: string;
            }[];
            readonly summary: string;
        };
        readonly RecordCountryAssessment: {
            /**
             * @description RFC 3339 full-date
             * @example 2025-04-04
             */
            readonly assessedOn: string;
            readonly citation: string;
            readonly controlling: boolean;
            /**
             * @description ISO 3166-1 alpha-2 country code
             * @example RW
             */
            readonly country: string;
            /** @enum {string} */
            readonly finding: "unsafe" | "concerns" | "no_finding";
            /** @default  */
            readonly scope: string;
            readonly source: string;
        };
        readonly RecordCountryAssessmentInput: {
            /**
             * @description RFC 3339 full-date
             * @example 2025-04-04
             */
            readonly assessedOn: string;
            readonly citation: string;
            readonly controlling: boolean;
            /**
             * @description ISO 3166-1 alpha-2 country code
             * @example RW
             */
            readonly country: string;
            /** @enum {string} */
            readonly finding: "unsafe" | "concerns" | "no_finding";
            /** @default  */
            readonly scope: string;
            readonly source: string;
        };
        /** @description A stay, injunction or TRO covering a person, a destination or a whole program. */
        readonly RecordCourtOrder: {
            /**
             * @description RFC 3339 date-time; stored in UTC
             * @example 2025-04-04T12:00:00Z
             */
            readonly activeFrom: string;
            /** @default null */
            readonly activeTo: string | null;
            readonly court: string;
            /** @default  */
            readonly docket: string;
            /** @enum {string} */
            readonly kind: "stay" | "injunction" | "tro";
            readonly scope: {
                /** @constant */
                readonly kind: "person";
                /**
                 * Format: uuid
                 * @description UUID
                 * @example 00000000-0000-4000-8000-000000000000
                 */
                readonly personId: string;
            } | {
                /**
                 * @description ISO 3166-1 alpha-2 country code
                 * @example RW
                 */
                readonly country: string;
                /** @constant */
                readonly kind: "destination";
            } | {
                /** @constant */
                readonly kind: "program";
                /**
                 * Format: uuid
                 * @description the agreement id: a program is an agreement
                 * @example 00000000-0000-4000-8000-000000000000
                 */
                readonly programId: string;
            };
            /** @default null */
            readonly supersedes: string | null;
        };
        /** @description A stay, injunction or TRO covering a person, a destination or a whole program. */
        readonly RecordCourtOrderInput: {
            /**
             * @description RFC 3339 date-time; stored in UTC
             * @example 2025-04-04T12:00:00Z
             */
            readonly activeFrom: string;
            /** @default null */
            readonly activeTo: string | null;
            readonly court: string;
            /** @default  */
            readonly docket: string;
            /** @enum {string} */
            readonly kind: "stay" | "injunction" | "tro";
            readonly scope: {
                /** @constant */
                readonly kind: "person";
                /**
                 * Format: uuid
                 * @description UUID
                 * @example 00000000-0000-4000-8000-000000000000
                 */
                readonly personId: string;
            } | {
                /**
                 * @description ISO 3166-1 alpha-2 country code
                 * @example RW
                 */
                readonly country: string;
                /** @constant */
                readonly kind: "destination";
            } | {
                /** @constant */
                readonly kind: "program";
                /**
                 * Format: uuid
                 * @description the agreement id: a program is an agreement
                 * @example 00000000-0000-4000-8000-000000000000
                 */
                readonly programId: string;
            };
            /** @default null */
            readonly supersedes: string | null;
        };
        readonly RecordDisbursement: {
            readonly amount: components["schemas"]["MoneyInput"];
            /**
             * @description RFC 3339 full-date
             * @example 2025-04-04
             */
            readonly paidOn: string;
            /** @default  */
            readonly reference: string;
        };
        readonly RecordDisbursementInput: {
            readonly amount: components["schemas"]["MoneyInputInput"];
            /**
             * @description RFC 3339 full-date
             * @example 2025-04-04
             */
            readonly paidOn: string;
            /** @default  */
            readonly reference: string;
        };
        readonly RecordedCountryAssessment: {
            readonly assessment: components["schemas"]["CountryAssessment"];
            readonly casesHeld: number;
            readonly swept: boolean;
        };
        readonly RecordedCountryAssessmentInput: {
            readonly assessment: components["schemas"]["CountryAssessmentInput"];
            readonly casesHeld: number;
            readonly swept: boolean;
        };
        readonly RecordLumpSumObligation: {
            readonly amount: components["schemas"]["MoneyInput"];
            /**
             * @description RFC 3339 full-date
             * @example 2025-04-04
             */
            readonly dueOn: string;
            readonly label: string;
        };
        readonly RecordLumpSumObligationInput: {
            readonly amount: components["schemas"]["MoneyInputInput"];
            /**
             * @description RFC 3339 full-date
             * @example 2025-04-04
             */
            readonly dueOn: string;
            readonly label: string;
        };
        /** @description The value is withheld by policy for this caller; `group` names the field group. */
        readonly RedactedField: {
            readonly group: string;
            /** @constant */
            readonly redacted: true;
        };
        /** @description The value is withheld by policy for this caller; `group` names the field group. */
        readonly RedactedFieldInput: {
            readonly group: string;
            /** @constant */
            readonly redacted: true;
        };
        readonly RenderNotice: {
            /** @description How to raise a fear claim, in the notice language (default: a standard sentence) */
            readonly fearClaimHow?: string;
            /** @enum {string} */
            readonly format: "html" | "pdf";
            /** @description ISO 639-1 language of a notice template (400 lists the available ones) */
            readonly language: string;
            /** @default [] */
            readonly legalServices: readonly {
                /** @default null */
                readonly address: string | null;
                readonly name: string;
                /** @default null */
                readonly phone: string | null;
            }[];
            /** @default null */
            readonly removalNotBefore: string | null;
            readonly timeZone?: string;
        };
        readonly RenderNoticeInput: {
            /** @description How to raise a fear claim, in the notice language (default: a standard sentence) */
            readonly fearClaimHow?: string;
            /** @enum {string} */
            readonly format: "html" | "pdf";
            /** @description ISO 639-1 language of a notice template (400 lists the available ones) */
            readonly language: string;
            /** @default [] */
            readonly legalServices: readonly {
                /** @default null */
                readonly address: string | null;
                readonly name: string;
                /** @default null */
                readonly phone: string | null;
            }[];
            /** @default null */
            readonly removalNotBefore: string | null;
            readonly timeZone?: string;
        };
        readonly ReplayResult: {
            /** Format: uuid */
            readonly decisionId: string;
            readonly differences: readonly string[];
            readonly factsHashMatches: boolean;
            readonly identical: boolean;
            readonly ruleSetHashMatches: boolean;
        };
        readonly ReplayResultInput: {
            /** Format: uuid */
            readonly decisionId: string;
            readonly differences: readonly string[];
            readonly factsHashMatches: boolean;
            readonly identical: boolean;
            readonly ruleSetHashMatches: boolean;
        };
        readonly ReportTable: {
            readonly columns: readonly string[];
            readonly id: string;
            readonly note?: string;
            readonly rows: readonly (readonly (string | number | null)[])[];
            readonly title: string;
        };
        readonly ReportTableInput: {
            readonly columns: readonly string[];
            readonly id: string;
            readonly note?: string;
            readonly rows: readonly (readonly (string | number | null)[])[];
            readonly title: string;
        };
        readonly ReservePlace: {
            /** Format: uuid */
            readonly caseId: string;
        };
        readonly ReservePlaceInput: {
            /** Format: uuid */
            readonly caseId: string;
        };
        readonly RuleSets: {
            readonly defaultRuleSetId: string;
            readonly profiles: readonly {
                readonly contentHash: string;
                readonly description: string;
                readonly effectiveFrom: string | null;
                readonly effectiveTo: string | null;
                readonly id: string;
                readonly safeguards: readonly {
                    /** @enum {string} */
                    readonly id: "US-ORDER-FINAL" | "US-DESIGNATION-SEQUENCE" | "US-THIRD-COUNTRY-FLAG" | "US-PROTECTION-COUNTRY-SPECIFIC" | "US-ASSURANCES" | "US-NOTICE-ICE-2025" | "US-DVD-STRICT" | "US-AEA-NOTICE" | "US-STAY" | "UK-NON-REFOULEMENT" | "UK-COUNTRY-SAFETY" | "UK-DEEMED-SAFE" | "INTL-TRANSFER-STANDARDS" | "INTL-VULNERABLE" | "AGREEMENT-ACTIVE" | "AGREEMENT-CAPACITY" | "RECEIVING-CONSENT" | "MONITORING";
                    readonly parameters: {
                        readonly [key: string]: number;
                    };
                }[];
                readonly title: string;
                readonly version: number;
            }[];
            readonly safeguards: readonly {
                readonly citations: readonly components["schemas"]["Citation"][];
                readonly effectiveFrom: string | null;
                readonly effectiveTo: string | null;
                /** @enum {string} */
                readonly id: "US-ORDER-FINAL" | "US-DESIGNATION-SEQUENCE" | "US-THIRD-COUNTRY-FLAG" | "US-PROTECTION-COUNTRY-SPECIFIC" | "US-ASSURANCES" | "US-NOTICE-ICE-2025" | "US-DVD-STRICT" | "US-AEA-NOTICE" | "US-STAY" | "UK-NON-REFOULEMENT" | "UK-COUNTRY-SAFETY" | "UK-DEEMED-SAFE" | "INTL-TRANSFER-STANDARDS" | "INTL-VULNERABLE" | "AGREEMENT-ACTIVE" | "AGREEMENT-CAPACITY" | "RECEIVING-CONSENT" | "MONITORING";
                /** @enum {string} */
                readonly jurisdiction: "US" | "UK" | "INTL" | "PROGRAM";
                readonly parameters: readonly {
                    readonly default: number;
                    readonly description: string;
                    readonly max: number;
                    readonly min: number;
                    readonly name: string;
                    /** @enum {string} */
                    readonly protective: "higher" | "lower";
                    /** @enum {string} */
                    readonly unit: "hours" | "days" | "years";
                }[];
                readonly title: string;
                readonly transitionsGated: readonly ("begin_designation_review" | "propose_country" | "serve_notice" | "claim_fear" | "choose_another_destination" | "clear" | "manifest" | "remove_from_manifest" | "relocate" | "begin_monitoring" | "hold" | "release_hold" | "close")[];
                readonly verified: boolean;
            }[];
        };
        readonly RuleSetsInput: {
            readonly defaultRuleSetId: string;
            readonly profiles: readonly {
                readonly contentHash: string;
                readonly description: string;
                readonly effectiveFrom: string | null;
                readonly effectiveTo: string | null;
                readonly id: string;
                readonly safeguards: readonly {
                    /** @enum {string} */
                    readonly id: "US-ORDER-FINAL" | "US-DESIGNATION-SEQUENCE" | "US-THIRD-COUNTRY-FLAG" | "US-PROTECTION-COUNTRY-SPECIFIC" | "US-ASSURANCES" | "US-NOTICE-ICE-2025" | "US-DVD-STRICT" | "US-AEA-NOTICE" | "US-STAY" | "UK-NON-REFOULEMENT" | "UK-COUNTRY-SAFETY" | "UK-DEEMED-SAFE" | "INTL-TRANSFER-STANDARDS" | "INTL-VULNERABLE" | "AGREEMENT-ACTIVE" | "AGREEMENT-CAPACITY" | "RECEIVING-CONSENT" | "MONITORING";
                    readonly parameters: {
                        readonly [key: string]: number;
                    };
                }[];
                readonly title: string;
                readonly version: number;
            }[];
            readonly safeguards: readonly {
                readonly citations: readonly components["schemas"]["CitationInput"][];
                readonly effectiveFrom: string | null;
                readonly effectiveTo: string | null;
                /** @enum {string} */
                readonly id: "US-ORDER-FINAL" | "US-DESIGNATION-SEQUENCE" | "US-THIRD-COUNTRY-FLAG" | "US-PROTECTION-COUNTRY-SPECIFIC" | "US-ASSURANCES" | "US-NOTICE-ICE-2025" | "US-DVD-STRICT" | "US-AEA-NOTICE" | "US-STAY" | "UK-NON-REFOULEMENT" | "UK-COUNTRY-SAFETY" | "UK-DEEMED-SAFE" | "INTL-TRANSFER-STANDARDS" | "INTL-VULNERABLE" | "AGREEMENT-ACTIVE" | "AGREEMENT-CAPACITY" | "RECEIVING-CONSENT" | "MONITORING";
                /** @enum {string} */
                readonly jurisdiction: "US" | "UK" | "INTL" | "PROGRAM";
                readonly parameters: readonly {
                    readonly default: number;
                    readonly description: string;
                    readonly max: number;
                    readonly min: number;
                    readonly name: string;
                    /** @enum {string} */
                    readonly protective: "higher" | "lower";
                    /** @enum {string} */
                    readonly unit: "hours" | "days" | "years";
                }[];
                readonly title: string;
                readonly transitionsGated: readonly ("begin_designation_review" | "propose_country" | "serve_notice" | "claim_fear" | "choose_another_destination" | "clear" | "manifest" | "remove_from_manifest" | "relocate" | "begin_monitoring" | "hold" | "release_hold" | "close")[];
                readonly verified: boolean;
            }[];
        };
        readonly ServeNotice: {
            /** @default null */
            readonly interpreterLanguage: string | null;
            /**
             * @description Must equal the rendered notice language when given
             * @example ar
             */
            readonly language?: string;
            /** @enum {string} */
            readonly method: "in_person" | "mail" | "electronic" | "via_counsel";
            /**
             * @description RFC 3339 date-time; stored in UTC
             * @example 2025-04-04T12:00:00Z
             */
            readonly servedAt: string;
            readonly servedToCounsel: boolean;
            readonly servedToPerson: boolean;
        };
        readonly ServeNoticeInput: {
            /** @default null */
            readonly interpreterLanguage: string | null;
            /**
             * @description Must equal the rendered notice language when given
             * @example ar
             */
            readonly language?: string;
            /** @enum {string} */
            readonly method: "in_person" | "mail" | "electronic" | "via_counsel";
            /**
             * @description RFC 3339 date-time; stored in UTC
             * @example 2025-04-04T12:00:00Z
             */
            readonly servedAt: string;
            readonly servedToCounsel: boolean;
            readonly servedToPerson: boolean;
        };
        /** @description The signed-in user and the CSRF token to send as x-csrf-token on state-changing requests. */
        readonly Session: {
            /** @description Program-wide actions the user may take (reports, document search, rule sets, audit, user admin); the UI builds its navigation from these */
            readonly abilities: readonly string[];
            readonly csrfToken: string;
            readonly expiresAt?: string;
            readonly user: components["schemas"]["User"];
        };
        /** @description The signed-in user and the CSRF token to send as x-csrf-token on state-changing requests. */
        readonly SessionInput: {
            /** @description Program-wide actions the user may take (reports, document search, rule sets, audit, user admin); the UI builds its navigation from these */
            readonly abilities: readonly string[];
            readonly csrfToken: string;
            readonly expiresAt?: string;
            readonly user: components["schemas"]["UserInput"];
        };
        readonly SignedTreeHead: {
            readonly rootHash: string;
            /** @description Base64 Ed25519 signature over {"purpose":"waypoint-tree-head/v1","value":{rootHash,size,timestamp}} (RFC 8785) */
            readonly signature: string;
            readonly size: number;
            readonly timestamp: string;
        };
        readonly SignedTreeHeadInput: {
            readonly rootHash: string;
            /** @description Base64 Ed25519 signature over {"purpose":"waypoint-tree-head/v1","value":{rootHash,size,timestamp}} (RFC 8785) */
            readonly signature: string;
            readonly size: number;
            readonly timestamp: string;
        };
        readonly SignIn: {
            readonly password: string;
            readonly username: string;
        };
        readonly SignInInput: {
            readonly password: string;
            readonly username: string;
        };
        /** @description A document just imported or uploaded. */
        readonly StoredDocument: {
            readonly attachment: components["schemas"]["DocumentAttachment"] | null;
            readonly caveats: readonly ("NOFORN" | "NODIS" | "EXDIS" | "SIPDIS")[];
            /** @enum {string} */
            readonly classification: "UNCLASSIFIED" | "SBU" | "CONFIDENTIAL" | "SECRET";
            readonly documentDate: string | null;
            readonly id: string;
            /** @enum {string} */
            readonly kind: "cable" | "court_order" | "notice" | "assurance" | "country_report" | "after_action_report" | "other";
            readonly paragraphCount: number;
            readonly title: string;
        };
        /** @description A document just imported or uploaded. */
        readonly StoredDocumentInput: {
            readonly attachment: components["schemas"]["DocumentAttachmentInput"] | null;
            readonly caveats: readonly ("NOFORN" | "NODIS" | "EXDIS" | "SIPDIS")[];
            /** @enum {string} */
            readonly classification: "UNCLASSIFIED" | "SBU" | "CONFIDENTIAL" | "SECRET";
            readonly documentDate: string | null;
            readonly id: string;
            /** @enum {string} */
            readonly kind: "cable" | "court_order" | "notice" | "assurance" | "country_report" | "after_action_report" | "other";
            readonly paragraphCount: number;
            readonly title: string;
        };
        readonly SweepReport: {
            readonly alerts: number;
            readonly at: string;
            readonly batches: number;
            readonly evaluated: number;
            readonly held: number;
            readonly skippedChanged: number;
            readonly skippedUnknownRuleSet: number;
            readonly trigger: string;
        };
        readonly SweepReportInput: {
            readonly alerts: number;
            readonly at: string;
            readonly batches: number;
            readonly evaluated: number;
            readonly held: number;
            readonly skippedChanged: number;
            readonly skippedUnknownRuleSet: number;
            readonly trigger: string;
        };
        /** @description Which open cases to re-evaluate. */
        readonly SweepRequest: {
            /** @constant */
            readonly kind: "all";
        } | {
            /**
             * Format: uuid
             * @description UUID
             * @example 00000000-0000-4000-8000-000000000000
             */
            readonly caseId: string;
            /** @constant */
            readonly kind: "case";
        } | {
            /**
             * Format: uuid
             * @description UUID
             * @example 00000000-0000-4000-8000-000000000000
             */
            readonly agreementId: string;
            /** @constant */
            readonly kind: "agreement";
        } | {
            /**
             * @description ISO 3166-1 alpha-2 country code
             * @example RW
             */
            readonly country: string;
            /** @constant */
            readonly kind: "country_assessment";
        } | {
            /** @constant */
            readonly kind: "rule_set";
            readonly ruleSetId: string;
        };
        /** @description Which open cases to re-evaluate. */
        readonly SweepRequestInput: {
            /** @constant */
            readonly kind: "all";
        } | {
            /**
             * Format: uuid
             * @description UUID
             * @example 00000000-0000-4000-8000-000000000000
             */
            readonly caseId: string;
            /** @constant */
            readonly kind: "case";
        } | {
            /**
             * Format: uuid
             * @description UUID
             * @example 00000000-0000-4000-8000-000000000000
             */
            readonly agreementId: string;
            /** @constant */
            readonly kind: "agreement";
        } | {
            /**
             * @description ISO 3166-1 alpha-2 country code
             * @example RW
             */
            readonly country: string;
            /** @constant */
            readonly kind: "country_assessment";
        } | {
            /** @constant */
            readonly kind: "rule_set";
            readonly ruleSetId: string;
        };
        readonly Transfer: {
            readonly agency: string;
            readonly agreementId: string;
            readonly arrivalConfirmedBy: string | null;
            readonly arrivedAt: string | null;
            readonly cancelledAt: string | null;
            readonly cancelReason: string | null;
            readonly carrier: string;
            readonly closedAt: string | null;
            readonly createdAt: string;
            readonly departedAt: string | null;
            readonly escortCount: number;
            readonly facility: string;
            readonly flight: string;
            readonly id: string;
            readonly lockedAt: string | null;
            readonly lockedBy: string | null;
            readonly preparedBy: string | null;
            readonly receivingCountry: string;
            readonly reference: string;
            readonly scheduledDeparture: string;
            /** @enum {string} */
            readonly status: "planned" | "manifest_locked" | "departed" | "arrived" | "closed" | "cancelled";
            readonly updatedAt: string;
            readonly version: number;
        };
        readonly TransferDetail: {
            readonly afterActionReview: components["schemas"]["AfterActionReview"] | null;
            readonly boarding: components["schemas"]["BoardingReconciliation"];
            readonly departureRemovals: readonly {
                readonly blockedBy: readonly string[];
                readonly caseId: string;
                readonly decisionId: string;
                readonly reason: string;
                readonly removedAt: string;
            }[];
            readonly manifestCaseIds: readonly string[];
            readonly snapshot: {
                readonly caseCount: number;
                readonly createdAt: string;
                readonly keyId: string;
                readonly snapshotHash: string;
            } | null;
            readonly transfer: components["schemas"]["Transfer"];
            readonly welfareChecks: readonly components["schemas"]["WelfareCheck"][];
        };
        readonly TransferDetailInput: {
            readonly afterActionReview: components["schemas"]["AfterActionReviewInput"] | null;
            readonly boarding: components["schemas"]["BoardingReconciliationInput"];
            readonly departureRemovals: readonly {
                readonly blockedBy: readonly string[];
                readonly caseId: string;
                readonly decisionId: string;
                readonly reason: string;
                readonly removedAt: string;
            }[];
            readonly manifestCaseIds: readonly string[];
            readonly snapshot: {
                readonly caseCount: number;
                readonly createdAt: string;
                readonly keyId: string;
                readonly snapshotHash: string;
            } | null;
            readonly transfer: components["schemas"]["TransferInput"];
            readonly welfareChecks: readonly components["schemas"]["WelfareCheckInput"][];
        };
        readonly TransferInput: {
            readonly agency: string;
            readonly agreementId: string;
            readonly arrivalConfirmedBy: string | null;
            readonly arrivedAt: string | null;
            readonly cancelledAt: string | null;
            readonly cancelReason: string | null;
            readonly carrier: string;
            readonly closedAt: string | null;
            readonly createdAt: string;
            readonly departedAt: string | null;
            readonly escortCount: number;
            readonly facility: string;
            readonly flight: string;
            readonly id: string;
            readonly lockedAt: string | null;
            readonly lockedBy: string | null;
            readonly preparedBy: string | null;
            readonly receivingCountry: string;
            readonly reference: string;
            readonly scheduledDeparture: string;
            /** @enum {string} */
            readonly status: "planned" | "manifest_locked" | "departed" | "arrived" | "closed" | "cancelled";
            readonly updatedAt: string;
            readonly version: number;
        };
        readonly TransferPage: {
            readonly items: readonly components["schemas"]["Transfer"][];
            readonly nextCursor: string | null;
        };
        readonly TransferPageInput: {
            readonly items: readonly components["schemas"]["TransferInput"][];
            readonly nextCursor: string | null;
        };
        /** @description Moves a case along the workflow; safeguards of its rule set gate the step. If-Match is optional. */
        readonly TransitionCase: {
            /**
             * Format: uuid
             * @description propose_country: the agreement (program); defaults to the current one
             * @example 00000000-0000-4000-8000-000000000000
             */
            readonly agreementId?: string;
            /**
             * @description required for close
             * @enum {string}
             */
            readonly closeOutcome?: "relocated" | "protection_granted" | "removed_to_origin" | "released" | "withdrawn";
            /**
             * @description required for propose_country
             * @example RW
             */
            readonly destinationCountry?: string;
            /** @description required for hold */
            readonly reason?: string;
            /** @enum {string} */
            readonly transition: "begin_designation_review" | "propose_country" | "serve_notice" | "claim_fear" | "choose_another_destination" | "clear" | "manifest" | "remove_from_manifest" | "relocate" | "begin_monitoring" | "hold" | "release_hold" | "close";
        };
        /** @description Moves a case along the workflow; safeguards of its rule set gate the step. If-Match is optional. */
        readonly TransitionCaseInput: {
            /**
             * Format: uuid
             * @description propose_country: the agreement (program); defaults to the current one
             * @example 00000000-0000-4000-8000-000000000000
             */
            readonly agreementId?: string;
            /**
             * @description required for close
             * @enum {string}
             */
            readonly closeOutcome?: "relocated" | "protection_granted" | "removed_to_origin" | "released" | "withdrawn";
            /**
             * @description required for propose_country
             * @example RW
             */
            readonly destinationCountry?: string;
            /** @description required for hold */
            readonly reason?: string;
            /** @enum {string} */
            readonly transition: "begin_designation_review" | "propose_country" | "serve_notice" | "claim_fear" | "choose_another_destination" | "clear" | "manifest" | "remove_from_manifest" | "relocate" | "begin_monitoring" | "hold" | "release_hold" | "close";
        };
        readonly TransitionResult: {
            readonly case: components["schemas"]["Case"];
            readonly decision: components["schemas"]["Decision"];
        };
        readonly TransitionResultInput: {
            readonly case: components["schemas"]["CaseInput"];
            readonly decision: components["schemas"]["DecisionInput"];
        };
        readonly TransparencyReport: {
            readonly generatedAt: string;
            /** @constant */
            readonly kind: "transparency";
            readonly method: string;
            readonly notes: readonly string[];
            readonly parameters: {
                readonly roundingBase: number | null;
                readonly threshold: number;
            };
            readonly period: {
                readonly from: string;
                readonly to: string;
            };
            readonly tables: readonly {
                readonly id: string;
                readonly table: {
                    readonly cells: readonly (readonly ({
                        /** @constant */
                        readonly status: "published";
                        readonly value: number;
                    } | {
                        /** @constant */
                        readonly status: "suppressed";
                    })[])[];
                    readonly columnLabels: readonly string[];
                    readonly columnTotals: readonly ({
                        /** @constant */
                        readonly status: "published";
                        readonly value: number;
                    } | {
                        /** @constant */
                        readonly status: "suppressed";
                    })[];
                    readonly grandTotal: {
                        /** @constant */
                        readonly status: "published";
                        readonly value: number;
                    } | {
                        /** @constant */
                        readonly status: "suppressed";
                    };
                    readonly parameters: {
                        readonly roundingBase: number | null;
                        readonly threshold: number;
                    };
                    readonly rowLabels: readonly string[];
                    readonly rowTotals: readonly ({
                        /** @constant */
                        readonly status: "published";
                        readonly value: number;
                    } | {
                        /** @constant */
                        readonly status: "suppressed";
                    })[];
                };
                readonly title: string;
                readonly unit: string;
            }[];
            readonly title: string;
            readonly version: number | null;
        };
        readonly TransparencyReportInput: {
            readonly generatedAt: string;
            /** @constant */
            readonly kind: "transparency";
            readonly method: string;
            readonly notes: readonly string[];
            readonly parameters: {
                readonly roundingBase: number | null;
                readonly threshold: number;
            };
            readonly period: {
                readonly from: string;
                readonly to: string;
            };
            readonly tables: readonly {
                readonly id: string;
                readonly table: {
                    readonly cells: readonly (readonly ({
                        /** @constant */
                        readonly status: "published";
                        readonly value: number;
                    } | {
                        /** @constant */
                        readonly status: "suppressed";
                    })[])[];
                    readonly columnLabels: readonly string[];
                    readonly columnTotals: readonly ({
                        /** @constant */
                        readonly status: "published";
                        readonly value: number;
                    } | {
                        /** @constant */
                        readonly status: "suppressed";
                    })[];
                    readonly grandTotal: {
                        /** @constant */
                        readonly status: "published";
                        readonly value: number;
                    } | {
                        /** @constant */
                        readonly status: "suppressed";
                    };
                    readonly parameters: {
                        readonly roundingBase: number | null;
                        readonly threshold: number;
                    };
                    readonly rowLabels: readonly string[];
                    readonly rowTotals: readonly ({
                        /** @constant */
                        readonly status: "published";
                        readonly value: number;
                    } | {
                        /** @constant */
                        readonly status: "suppressed";
                    })[];
                };
                readonly title: string;
                readonly unit: string;
            }[];
            readonly title: string;
            readonly version: number | null;
        };
        /** @description The public report, the disclosure check result (ok and parameters only) and, for a stored release, its version and hash */
        readonly TransparencyResponse: {
            readonly disclosureCheck: {
                readonly ok: boolean;
                readonly parameters: {
                    readonly roundingBase: number | null;
                    readonly threshold: number;
                };
            };
            readonly release: {
                readonly contentSha256: string;
                readonly releasedAt: string;
                readonly version: number;
            } | null;
            readonly report: components["schemas"]["TransparencyReport"];
        };
        /** @description The public report, the disclosure check result (ok and parameters only) and, for a stored release, its version and hash */
        readonly TransparencyResponseInput: {
            readonly disclosureCheck: {
                readonly ok: boolean;
                readonly parameters: {
                    readonly roundingBase: number | null;
                    readonly threshold: number;
                };
            };
            readonly release: {
                readonly contentSha256: string;
                readonly releasedAt: string;
                readonly version: number;
            } | null;
            readonly report: components["schemas"]["TransparencyReportInput"];
        };
        readonly UpdateAgreement: {
            readonly confidence?: string;
            readonly sources?: readonly {
                readonly label: string;
                readonly url?: string;
            }[];
            readonly summary?: string;
            readonly title?: string;
        };
        readonly UpdateAgreementInput: {
            readonly confidence?: string;
            readonly sources?: readonly {
                readonly label: string;
                readonly url?: string;
            }[];
            readonly summary?: string;
            readonly title?: string;
        };
        /** @description Assignment fields. State, destination and agreement change only through transitions. */
        readonly UpdateCase: {
            readonly counselId?: string | null;
            readonly externalId?: string | null;
            readonly officerId?: string | null;
        };
        /** @description Assignment fields. State, destination and agreement change only through transitions. */
        readonly UpdateCaseInput: {
            readonly counselId?: string | null;
            readonly externalId?: string | null;
            readonly officerId?: string | null;
        };
        readonly UpdatePerson: {
            readonly aliases?: readonly string[];
            readonly birthDate?: string | null;
            readonly familyName?: string;
            readonly givenNames?: string;
            readonly languages?: readonly string[];
            readonly nationalities?: readonly string[];
            readonly vulnerabilities?: readonly ("unaccompanied_minor" | "serious_medical" | "torture_survivor" | "pregnancy" | "disability" | "elderly" | "trafficking_victim" | "mental_health")[];
        };
        readonly UpdatePersonInput: {
            readonly aliases?: readonly string[];
            readonly birthDate?: string | null;
            readonly familyName?: string;
            readonly givenNames?: string;
            readonly languages?: readonly string[];
            readonly nationalities?: readonly string[];
            readonly vulnerabilities?: readonly ("unaccompanied_minor" | "serious_medical" | "torture_survivor" | "pregnancy" | "disability" | "elderly" | "trafficking_victim" | "mental_health")[];
        };
        readonly UpdateTransfer: {
            readonly carrier?: string;
            readonly escortCount?: number;
            readonly facility?: string;
            readonly flight?: string;
            /**
             * @description RFC 3339 date-time; stored in UTC
             * @example 2025-04-04T12:00:00Z
             */
            readonly scheduledDeparture?: string;
        };
        readonly UpdateTransferInput: {
            readonly carrier?: string;
            readonly escortCount?: number;
            readonly facility?: string;
            readonly flight?: string;
            /**
             * @description RFC 3339 date-time; stored in UTC
             * @example 2025-04-04T12:00:00Z
             */
            readonly scheduledDeparture?: string;
        };
        readonly UploadDocument: {
            /** @default [] */
            readonly caveats: readonly ("NOFORN" | "NODIS" | "EXDIS" | "SIPDIS")[];
            /** @enum {string} */
            readonly classification: "UNCLASSIFIED" | "SBU" | "CONFIDENTIAL" | "SECRET";
            /** @default [] */
            readonly countryTags: readonly string[];
            /**
             * @description Named distribution for NODIS/EXDIS: list names or user:<id>
             * @default []
             */
            readonly distribution: readonly string[];
            /** @default null */
            readonly documentDate: string | null;
            readonly file: {
                /**
                 * Format: base64
                 * @description The file, base64-encoded (at most 5 MiB decoded)
                 */
                readonly base64: string;
                /** @description application/pdf or text/plain */
                readonly contentType: string;
                readonly filename: string;
            };
            /** @enum {string} */
            readonly kind: "cable" | "court_order" | "notice" | "assurance" | "country_report" | "after_action_report" | "other";
            /**
             * @default {
             *       "caseIds": [],
             *       "agreementIds": [],
             *       "transferIds": [],
             *       "countries": []
             *     }
             */
            readonly links: {
                /** @default [] */
                readonly agreementIds: readonly string[];
                /** @default [] */
                readonly caseIds: readonly string[];
                /** @default [] */
                readonly countries: readonly string[];
                /** @default [] */
                readonly transferIds: readonly string[];
            };
            /** @default  */
            readonly originator: string;
            /**
             * @description Receiving states the document is released to
             * @default []
             */
            readonly releasableTo: readonly string[];
            /** @default [] */
            readonly subjectTags: readonly string[];
            readonly title: string;
        };
        readonly UploadDocumentInput: {
            /** @default [] */
            readonly caveats: readonly ("NOFORN" | "NODIS" | "EXDIS" | "SIPDIS")[];
            /** @enum {string} */
            readonly classification: "UNCLASSIFIED" | "SBU" | "CONFIDENTIAL" | "SECRET";
            /** @default [] */
            readonly countryTags: readonly string[];
            /**
             * @description Named distribution for NODIS/EXDIS: list names or user:<id>
             * @default []
             */
            readonly distribution: readonly string[];
            /** @default null */
            readonly documentDate: string | null;
            readonly file: {
                /**
                 * Format: base64
                 * @description The file, base64-encoded (at most 5 MiB decoded)
                 */
                readonly base64: string;
                /** @description application/pdf or text/plain */
                readonly contentType: string;
                readonly filename: string;
            };
            /** @enum {string} */
            readonly kind: "cable" | "court_order" | "notice" | "assurance" | "country_report" | "after_action_report" | "other";
            /**
             * @default {
             *       "caseIds": [],
             *       "agreementIds": [],
             *       "transferIds": [],
             *       "countries": []
             *     }
             */
            readonly links: {
                /** @default [] */
                readonly agreementIds: readonly string[];
                /** @default [] */
                readonly caseIds: readonly string[];
                /** @default [] */
                readonly countries: readonly string[];
                /** @default [] */
                readonly transferIds: readonly string[];
            };
            /** @default  */
            readonly originator: string;
            /**
             * @description Receiving states the document is released to
             * @default []
             */
            readonly releasableTo: readonly string[];
            /** @default [] */
            readonly subjectTags: readonly string[];
            readonly title: string;
        };
        readonly User: {
            readonly active: boolean;
            readonly agency: string;
            /** @enum {string} */
            readonly clearance: "UNCLASSIFIED" | "SBU" | "CONFIDENTIAL" | "SECRET";
            readonly country: string | null;
            readonly createdAt: string;
            readonly displayName: string;
            readonly distribution: readonly string[];
            /** Format: uuid */
            readonly id: string;
            readonly roles: readonly ("program_officer" | "supervisor" | "diplomatic_officer" | "legal_reviewer" | "counsel" | "receiving_liaison" | "oversight" | "admin")[];
            readonly username: string;
            readonly version: number;
        };
        readonly UserInput: {
            readonly active: boolean;
            readonly agency: string;
            /** @enum {string} */
            readonly clearance: "UNCLASSIFIED" | "SBU" | "CONFIDENTIAL" | "SECRET";
            readonly country: string | null;
            readonly createdAt: string;
            readonly displayName: string;
            readonly distribution: readonly string[];
            /** Format: uuid */
            readonly id: string;
            readonly roles: readonly ("program_officer" | "supervisor" | "diplomatic_officer" | "legal_reviewer" | "counsel" | "receiving_liaison" | "oversight" | "admin")[];
            readonly username: string;
            readonly version: number;
        };
        readonly WelfareCheck: {
            readonly caseId: string;
            readonly completedAt: string | null;
            readonly dayOffset: number;
            readonly dueAt: string;
            readonly id: string;
            readonly notes: string;
            readonly recordedBy: string | null;
            readonly result: ("well" | "concern" | "unreachable") | null;
            readonly sources: readonly string[];
            /** @enum {string} */
            readonly status: "scheduled" | "completed" | "missed";
            readonly transferId: string;
            readonly version: number;
        };
        readonly WelfareCheckInput: {
            readonly caseId: string;
            readonly completedAt: string | null;
            readonly dayOffset: number;
            readonly dueAt: string;
            readonly id: string;
            readonly notes: string;
            readonly recordedBy: string | null;
            readonly result: ("well" | "concern" | "unreachable") | null;
            readonly sources: readonly string[];
            /** @enum {string} */
            readonly status: "scheduled" | "completed" | "missed";
            readonly transferId: string;
            readonly version: number;
        };
        readonly WelfareCheckResult: {
            /** @default  */
            readonly notes: string;
            /** @enum {string} */
            readonly result: "well" | "concern" | "unreachable";
        };
        readonly WelfareCheckResultInput: {
            /** @default  */
            readonly notes: string;
            /** @enum {string} */
            readonly result: "well" | "concern" | "unreachable";
        };
        /** @description Evaluates open cases under another rule set (optionally with amended parameters) without writing anything. */
        readonly WhatIf: {
            readonly filter?: {
                /**
                 * Format: uuid
                 * @description UUID
                 * @example 00000000-0000-4000-8000-000000000000
                 */
                readonly agreementId?: string;
                /**
                 * @description ISO 3166-1 alpha-2 country code
                 * @example RW
                 */
                readonly destinationCountry?: string;
                /** @enum {string} */
                readonly state?: "intake" | "designation_review" | "country_proposed" | "notice_served" | "fear_screening" | "cleared" | "manifested" | "relocated" | "monitoring" | "closed" | "on_hold";
            };
            readonly parameters?: {
                readonly [key: string]: {
                    readonly [key: string]: number;
                };
            };
            readonly ruleSetId: string;
        };
        /** @description Evaluates open cases under another rule set (optionally with amended parameters) without writing anything. */
        readonly WhatIfInput: {
            readonly filter?: {
                /**
                 * Format: uuid
                 * @description UUID
                 * @example 00000000-0000-4000-8000-000000000000
                 */
                readonly agreementId?: string;
                /**
                 * @description ISO 3166-1 alpha-2 country code
                 * @example RW
                 */
                readonly destinationCountry?: string;
                /** @enum {string} */
                readonly state?: "intake" | "designation_review" | "country_proposed" | "notice_served" | "fear_screening" | "cleared" | "manifested" | "relocated" | "monitoring" | "closed" | "on_hold";
            };
            readonly parameters?: {
                readonly [key: string]: {
                    readonly [key: string]: number;
                };
            };
            readonly ruleSetId: string;
        };
        readonly WhatIfReport: {
            readonly allowed: number;
            readonly at: string;
            readonly blocked: number;
            readonly blockedBySafeguard: {
                readonly [key: string]: number;
            };
            readonly ruleSetId: string;
            readonly total: number;
            readonly waiting: number;
            readonly waitingBySafeguard: {
                readonly [key: string]: number;
            };
        };
        readonly WhatIfReportInput: {
            readonly allowed: number;
            readonly at: string;
            readonly blocked: number;
            readonly blockedBySafeguard: {
                readonly [key: string]: number;
            };
            readonly ruleSetId: string;
            readonly total: number;
            readonly waiting: number;
            readonly waitingBySafeguard: {
                readonly [key: string]: number;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
