import { graphql } from '../gql';

export const InnovationsDocument = graphql(`
  query RegionInnovations($regionCode: String!) {
    innovations(regionCode: $regionCode) {
      id
      title
      description
      year
      status
      stage
      unitId
      unit {
        id
        name
      }
      submittedAt
      forwardedAt
      updatedAt
    }
    units(regionCode: $regionCode) {
      id
      name
    }
    region(code: $regionCode) {
      name
    }
  }
`);

export const CreateInnovationDocument = graphql(`
  mutation CreateInnovation($input: CreateInnovationInput!) {
    createInnovation(input: $input) {
      id
      status
    }
  }
`);

export const UpdateInnovationDocument = graphql(`
  mutation UpdateInnovation($input: UpdateInnovationInput!) {
    updateInnovation(input: $input) {
      id
      status
    }
  }
`);

export const SubmitInnovationDocument = graphql(`
  mutation SubmitInnovation($id: ID!, $regionCode: String!) {
    submitInnovation(id: $id, regionCode: $regionCode) {
      id
      status
    }
  }
`);

export const ForwardInnovationDocument = graphql(`
  mutation ForwardInnovation($id: ID!, $regionCode: String!) {
    forwardInnovation(id: $id, regionCode: $regionCode) {
      id
      status
    }
  }
`);

export const RecordInnovationStageDocument = graphql(`
  mutation RecordInnovationStage($id: ID!, $regionCode: String!, $stage: String!, $source: String) {
    recordInnovationStage(id: $id, regionCode: $regionCode, stage: $stage, source: $source) {
      id
      stage
    }
  }
`);
