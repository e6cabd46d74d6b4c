package io.github.sparkimpex.model;

/**
 * One entry of {@code services_modify}: where a service of the package lands and how its versions are numbered.
 *
 * @param source      {@code {folder}/{service}} as in the package
 * @param destination {@code {folder}/{service}} in the target tenant; the source when null
 * @param upgradeType how added versions are numbered; the endpoint's {@code upgrade} option when null
 */
public record ServiceMapping(String source, String destination, UpgradeType upgradeType) {

    public ServiceMapping {
        source = ServiceSelection.requireFolderAndService(source, "destination (source side)");
        destination = destination == null
                ? source : ServiceSelection.requireFolderAndService(destination, "destination (target side)");
    }

    public ServiceMapping withDefaultUpgrade(UpgradeType defaultUpgrade) {
        return upgradeType != null ? this : new ServiceMapping(source, destination, defaultUpgrade);
    }
}
