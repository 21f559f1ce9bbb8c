// ServiceCIDR and IPAddress (KEP-1880 MultiCIDRServiceAllocator) are served as networking.k8s.io/v1 only from
// Kubernetes 1.33; 1.31 and 1.32 serve v1beta1, and older releases neither unless an alpha gate is on.

import type { Settings } from '../../types';
import type { Resource } from '../../yaml/resources';
import { atLeast } from '../rule';
import { kindSpan } from './service-spec';
import type { Report } from '../rule';

/** A finding when the object's apiVersion is not served by the target version, else undefined. */
export function unservedVersion(resource: Resource, settings: Settings): Report | undefined {
  const version = resource.apiVersion.split('/')[1];
  const span = kindSpan(resource.root);
  if (!span) return undefined;
  const served = version === 'v1' ? atLeast(settings, 33) : version === 'v1beta1' ? atLeast(settings, 31) : true;
  if (served) return undefined;
  const minor = settings.kubernetesVersion.minor;
  return {
    span,
    message: `no matches for kind ${JSON.stringify(resource.kind)} in version ${JSON.stringify(resource.apiVersion)} ` +
      `(Kubernetes 1.${minor} does not serve it: networking.k8s.io/v1 from 1.33, v1beta1 in 1.31 and 1.32; see netlens.kubernetesVersion)`,
  };
}
