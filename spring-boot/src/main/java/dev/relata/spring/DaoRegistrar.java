package dev.relata.spring;

import dev.relata.runtime.ReadReplica;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jooq.DSLContext;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.util.ClassUtils;

/**
 * Registers every class of the {@link ClassIndex} as a singleton bean, named by its fully
 * qualified name, built with {@code new XDao(dsl)}, or {@code new XDao(dsl, readReplica)} where
 * the application has a {@link ReadReplica} bean. Skips a class the application has a bean of
 * already (its own {@code @Bean UserDao}), as an auto-configuration's {@code
 * ConditionalOnMissingBean} would. Runs after the configuration classes are read, so that it
 * sees the application's beans.
 *
 * <p>Bean definitions, not instances: Spring builds them with their constructor arguments, and
 * ahead-of-time processing (native images) writes those constructor calls out as code. Every DAO
 * depends on the {@value RelataAutoConfiguration#SCHEMA_BEAN} bean, so the schema is validated or
 * created before the first DAO exists.
 */
final class DaoRegistrar implements BeanDefinitionRegistryPostProcessor, BeanFactoryInitializationAotProcessor {

  private static final Log log = LogFactory.getLog(DaoRegistrar.class);

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
    ConfigurableListableBeanFactory beans = (ConfigurableListableBeanFactory) registry;
    ClassLoader loader = beans.getBeanClassLoader() != null ? beans.getBeanClassLoader() : ClassUtils.getDefaultClassLoader();
    ClassIndex index = ClassIndex.read(loader);
    boolean replica = beans.getBeanNamesForType(ReadReplica.class, true, false).length > 0;
    List<String> registered = new ArrayList<>();
    for (String name : index.classNames()) {
      Class<?> type = load(name, loader, index);
      if (beans.getBeanNamesForType(type, true, false).length > 0) {
        log.debug("Relata: the application defines its own " + name + " bean; the starter makes none");
        continue;
      }
      RootBeanDefinition definition = new RootBeanDefinition(type);
      definition.getConstructorArgumentValues().addIndexedArgumentValue(0, new RuntimeBeanReference(DSLContext.class));
      if (replica) {
        definition.getConstructorArgumentValues().addIndexedArgumentValue(1, new RuntimeBeanReference(ReadReplica.class));
      }
      definition.setDependsOn(RelataAutoConfiguration.SCHEMA_BEAN);
      registry.registerBeanDefinition(name, definition);
      registered.add(name);
    }
    log.info("Relata: " + registered.size() + " DAO and loader beans" + (replica ? ", reading from the read replica" : ""));
    log.debug("Relata: beans " + String.join(", ", registered));
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {}

  /**
   * Nothing to add: ahead-of-time processing writes the definitions registered here out as code.
   * Being a {@code BeanFactoryInitializationAotProcessor} keeps this bean itself out of that code,
   * so a native image does not read the index a second time to register beans it already has.
   */
  @Override
  public BeanFactoryInitializationAotContribution processAheadOfTime(ConfigurableListableBeanFactory beanFactory) {
    return null;
  }

  private static Class<?> load(String name, ClassLoader loader, ClassIndex index) {
    try {
      return ClassUtils.forName(name, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException(
          index.source(name) + " lists " + name + ", which is not on the class path: a class deleted since the index"
              + " was written? Build the application again from clean (mvn clean package)", e);
    }
  }
}
